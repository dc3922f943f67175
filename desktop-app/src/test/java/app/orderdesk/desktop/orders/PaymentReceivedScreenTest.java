package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.api.PaymentMethod;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.Focus;
import app.orderdesk.desktop.FxTestWindows;
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

/**
 * ADR 0071 in the desk: support records, by keyboard, that the customer of an order paid on delivery paid by transfer;
 * ADR 0072: and undoes a record made by mistake, saying why.
 */
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
        openTheUnpaidOrderAsSupport(robot);
        Label payment = robot.lookup("#detailPayment").queryAs(Label.class);
        assertThat(robot.lookup("#paymentReceivedButton").query().getAccessibleHelp()).isNotBlank();
        robot.interact(() -> robot.lookup("#paymentReceivedButton").query().requestFocus());

        robot.type(KeyCode.SPACE); // the dialog, "How it was paid" focused on Cash
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDialog() != null);
        robot.targetWindow(paymentDialog());
        for (String id : List.of("paymentMethodChoice", "paymentNote", "paymentRecordButton")) {
            Node control = paymentDialog().getScene().lookup("#" + id);
            assertThat(control.getAccessibleHelp()).as("help for %s, as every control has", id).isNotBlank();
        }
        robot.type(KeyCode.TAB); // the note
        robot.type(KeyCode.ESCAPE); // closes the dialog from the note too
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDialog() == null);
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        robot.interact(() -> robot.lookup("#paymentReceivedButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDialog() != null);
        robot.targetWindow(paymentDialog());
        robot.type(KeyCode.DOWN); // Bank transfer
        robot.type(KeyCode.TAB).write("ref 2026-118");
        robot.type(KeyCode.ENTER); // Record payment, the dialog's default button

        await().atMost(Duration.ofSeconds(20)).until(() -> api.paymentsReceived.size() == 1);
        assertThat(api.paymentsReceived.getFirst().method()).isEqualTo("BANK_TRANSFER");
        assertThat(api.paymentsReceived.getFirst().note()).isEqualTo("ref 2026-118");
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment received: Bank transfer, "));
        assertThat(payment.getText()).endsWith("(recorded by sue@store.test) · ref 2026-118");
        // ADR 0072: once recorded, "Undo payment record…" takes the button's place
        await().atMost(Duration.ofSeconds(5)).until(() -> shown(robot.lookup("#undoPaymentButton").query()));
        assertThat(shown(robot.lookup("#paymentReceivedButton").query())).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> "undoPaymentButton".equals(Focus.ownerId(robot)));
    }

    @Test
    void supportUndoesAPaymentRecordedByMistakeWithTheKeyboardSayingWhy(FxRobot robot) {
        api.orderPaymentReceived = new app.orderdesk.api.PaymentReceivedView(app.orderdesk.api.CollectionMethod.CASH, null,
                "sue@store.test", Instant.parse("2026-12-01T10:12:00Z"));
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openOrder(robot, 1, 0);
        Label payment = robot.lookup("#detailPayment").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment received: Cash, "));
        await().atMost(Duration.ofSeconds(10)).until(() -> shown(robot.lookup("#undoPaymentButton").query()));
        assertThat(shown(robot.lookup("#paymentReceivedButton").query())).as("recorded already").isFalse();
        assertThat(robot.lookup("#undoPaymentButton").query().getAccessibleHelp()).isNotBlank();

        // Esc keeps the record
        robot.interact(() -> robot.lookup("#undoPaymentButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> undoDialog() != null);
        robot.targetWindow(undoDialog());
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> undoDialog() == null);
        assertThat(api.paymentsUndone).isEmpty();

        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        robot.interact(() -> robot.lookup("#undoPaymentButton").query().requestFocus());
        robot.type(KeyCode.SPACE); // the dialog, the keyboard on "Why"
        await().atMost(Duration.ofSeconds(10)).until(() -> undoDialog() != null);
        Window dialog = undoDialog();
        robot.targetWindow(dialog);
        for (String id : List.of("undoPaymentReason", "undoPaymentConfirmButton")) {
            Node control = dialog.getScene().lookup("#" + id);
            assertThat(control.getAccessibleHelp()).as("help for %s, as every control has", id).isNotBlank();
        }
        Window main = robot.lookup("#mainTabs").query().getScene().getWindow();
        FxTestWindows.waitForPulses(dialog.getScene(), 2);
        assertThat(dialog.getX() + dialog.getWidth() / 2).as("centred on the main window (walked: it sat half outside it)")
                .isCloseTo(main.getX() + main.getWidth() / 2, org.assertj.core.data.Offset.offset(40.0));
        assertThat(((Label) dialog.getScene().lookup("#undoPaymentRecord")).getText()).startsWith("Recorded: Cash, ")
                .contains("(by sue@store.test)");
        await().atMost(Duration.ofSeconds(5)).until(() -> Focus.ownerId(robot).equals("undoPaymentReason"));
        assertThat(dialog.getScene().lookup("#undoPaymentConfirmButton").isDisabled()).as("a reason is required").isTrue();
        robot.type(KeyCode.ENTER); // nothing: the default button is off while the reason is blank
        assertThat(dialog.isShowing()).isTrue();
        javafx.scene.control.TextField reason = (javafx.scene.control.TextField) dialog.getScene().lookup("#undoPaymentReason");
        robot.interact(() -> reason.setText("x".repeat(250)));
        assertThat(reason.getText()).as("at most 200 characters, as the server takes").hasSize(200);
        robot.interact(reason::clear);
        robot.write("Recorded on the wrong order");
        robot.type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.paymentsUndone.size() == 1);
        assertThat(api.paymentsUndone.getFirst().reason()).isEqualTo("Recorded on the wrong order");
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment not received yet · "));
        assertThat(payment.getText()).endsWith(": Recorded on the wrong order");
        await().atMost(Duration.ofSeconds(5)).until(() -> shown(robot.lookup("#paymentReceivedButton").query()));
        assertThat(shown(robot.lookup("#undoPaymentButton").query())).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> "paymentReceivedButton".equals(Focus.ownerId(robot)));
    }

    /** Session 34: the record failed (no connection); the dialog opened again has what was typed, to send it again. */
    @Test
    void aRecordThatFailedOpensAgainWithWhatWasTyped(FxRobot robot) {
        openTheUnpaidOrderAsSupport(robot);
        api.paymentReceivedFailure = new java.io.UncheckedIOException(new java.net.ConnectException("refused"));
        openThePaymentDialog(robot);
        robot.targetWindow(paymentDialog());
        robot.type(KeyCode.DOWN); // Bank transfer
        robot.type(KeyCode.TAB).write("ref 2026-118");
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDialog() == null);
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#paymentReceivedButton").queryButton().isDisabled());

        api.paymentReceivedFailure = null;
        openThePaymentDialog(robot);
        Window dialog = paymentDialog();
        @SuppressWarnings("unchecked")
        var method = (javafx.scene.control.ComboBox<app.orderdesk.api.CollectionMethod>) dialog.getScene().lookup("#paymentMethodChoice");
        assertThat(method.getValue()).isEqualTo(app.orderdesk.api.CollectionMethod.BANK_TRANSFER);
        assertThat(((javafx.scene.control.TextField) dialog.getScene().lookup("#paymentNote")).getText()).isEqualTo("ref 2026-118");
        robot.targetWindow(dialog);
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.paymentsReceived.size() == 2); // the failed try is counted
        assertThat(api.paymentsReceived.getLast().method()).isEqualTo("BANK_TRANSFER");
        assertThat(api.paymentsReceived.getLast().note()).isEqualTo("ref 2026-118");
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

    /** ADR 0073: the manager cashing up lists the payments still outstanding, by keyboard from Clear. */
    @Test
    void theOrdersListShowsThePaymentsOutstandingWithOneTick(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openTab(robot, "ordersTab");
        Label summary = robot.lookup("#ordersSummary").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> summary.getText().startsWith("Today's orders"));
        assertThat(robot.lookup("#ordersPaymentOutstanding").query().getAccessibleHelp()).isNotBlank();
        robot.interact(() -> robot.lookup("#ordersClearButton").query().requestFocus());

        robot.type(KeyCode.TAB);
        assertThat(Focus.ownerId(robot)).isEqualTo("ordersPaymentOutstanding");
        robot.type(KeyCode.SPACE);

        await().atMost(Duration.ofSeconds(10)).until(() -> summary.getText().startsWith("Payment outstanding · page 1"));
        assertThat(api.orderQueries.getLast().paymentOutstanding()).isTrue();
    }

    /** Support signs in and opens the one order, paid on delivery and not paid yet; "Payment received…" is on. */
    private void openTheUnpaidOrderAsSupport(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openOrder(robot, 1, 0);
        Label payment = robot.lookup("#detailPayment").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> payment.getText().startsWith("Payment not received yet"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#paymentReceivedButton").queryButton().isDisabled());
    }

    /** "Payment received…" by keyboard, and its dialog shown. */
    private static void openThePaymentDialog(FxRobot robot) {
        robot.interact(() -> robot.lookup("#paymentReceivedButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDialog() != null);
    }

    /** Visible, and every parent too (the record button is hidden through the wrapper that carries its reason). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static Window undoDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#undoPaymentReason") != null)
                .findFirst().orElse(null);
    }

    private static Window paymentDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#paymentMethodChoice") != null)
                .findFirst().orElse(null);
    }
}
