package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.api.PaymentMethod;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ADR 0071 in the desk: support records, by keyboard, that the customer of an order paid on delivery paid by transfer. */
@ExtendWith(ApplicationExtension.class)
class PaymentReceivedScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("support@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.COMPLETED);
        api.orderPaymentMethod = PaymentMethod.ON_DELIVERY;
        api.orderNumber = "OD-000042";
        api.orderLines = List.of(new OrderLineView("p-mug", "MUG-1", "Blue mug", 1, 1250, 1250));
        api.orderPages.put("", new Page<>(List.of(new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED,
                "ann@example.com", "Ann Lee", 1250, "USD", Instant.parse("2026-11-28T15:42:00Z"))), null));
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void supportRecordsAPaymentByTransferWithTheKeyboard(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openOrder(robot, 1, 0);
        Label payment = robot.lookup("#detailPayment").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment not received yet"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#paymentReceivedButton").queryButton().isDisabled());
        assertThat(robot.lookup("#paymentReceivedButton").query().getAccessibleHelp()).isNotBlank();
        robot.interact(() -> robot.lookup("#paymentReceivedButton").query().requestFocus());

        robot.type(KeyCode.SPACE); // the dialog, "How it was paid" focused on Cash
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDialog() != null);
        robot.targetWindow(paymentDialog());
        for (String id : List.of("paymentMethodChoice", "paymentNote", "paymentRecordButton")) {
            Node control = paymentDialog().getScene().lookup("#" + id);
            assertThat(control.getAccessibleHelp()).as("help for %s, as every control has", id).isNotBlank();
        }
        robot.type(KeyCode.DOWN); // Bank transfer
        robot.type(KeyCode.TAB).write("ref 2026-118");
        robot.type(KeyCode.ENTER); // Record payment, the dialog's default button

        await().atMost(Duration.ofSeconds(20)).until(() -> api.paymentsReceived.size() == 1);
        assertThat(api.paymentsReceived.getFirst().method()).isEqualTo("BANK_TRANSFER");
        assertThat(api.paymentsReceived.getFirst().note()).isEqualTo("ref 2026-118");
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment received: Bank transfer, "));
        assertThat(payment.getText()).endsWith("(recorded by sue@store.test) · ref 2026-118");
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#paymentReceivedButton").queryButton().isDisabled());
    }

    @Test
    void staffSeeThatItIsOutstandingButHaveNoButton(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        FakeDesk.openOrder(robot, 1, 0);
        Label payment = robot.lookup("#detailPayment").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment not received yet"));
        assertThat(robot.lookup("#paymentReceivedButton").tryQuery().map(Node::isVisible)).as("staff do not record payments")
                .isNotEqualTo(java.util.Optional.of(true));
    }

    private static Window paymentDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#paymentMethodChoice") != null)
                .findFirst().orElse(null);
    }
}
