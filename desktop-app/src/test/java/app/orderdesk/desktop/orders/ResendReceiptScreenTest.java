package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.Focus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * Support resends a receipt by keyboard: to the customer's address (filled in: Enter), or — the customer on the phone
 * says the mail bounced, or wants it at work — to another address typed over it, which the API has always taken and the
 * desk never offered. Esc sends nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ResendReceiptScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("support@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.COMPLETED);
        api.orderNumber = "OD-000042";
        api.orderCustomer = new CustomerDetails("ann@example.com", "Ann Lee", null);
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
    void supportResendsToTheCustomerWithEnterAndToAnotherAddressTypedOverIt(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openOrder(robot, 1, 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> !robot.lookup("#resendEmailButton").queryButton().isDisabled());
        assertThat(robot.lookup("#resendEmailButton").queryButton().getText()).as("it opens a dialog").endsWith("…");

        // Esc: nothing sent
        Window dialog = openTheDialog(robot);
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> resendDialog() == null);
        assertThat(api.resent).isEmpty();

        // Enter: the customer's address, as the one click did before
        dialog = openTheDialog(robot);
        for (String id : List.of("resendEmailTo", "resendEmailSendButton")) {
            Node control = dialog.getScene().lookup("#" + id);
            assertThat(control.getAccessibleHelp()).as("help for %s, as every control has", id).isNotBlank();
        }
        TextField to = (TextField) dialog.getScene().lookup("#resendEmailTo");
        assertThat(to.getText()).isEqualTo("ann@example.com");
        await().atMost(Duration.ofSeconds(5)).until(() -> "resendEmailTo".equals(Focus.ownerId(robot)) && to.getSelectedText().equals(to.getText()));
        assertThat(((Label) dialog.getScene().lookup("#resendEmailHint")).getText()).isEqualTo("The customer's address on the order.");
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.resentTo.size() == 1);
        assertThat(api.resentTo.getFirst()).as("no address: the order's own").isNull();

        // another address, typed over the selected one; Send is off while it is no address
        dialog = openTheDialog(robot);
        robot.write("ann.lee@work");
        assertThat(dialog.getScene().lookup("#resendEmailSendButton").isDisabled()).isTrue();
        assertThat(((Label) dialog.getScene().lookup("#resendEmailHint")).getText()).isEqualTo("Enter a valid email, e.g. name@example.com");
        robot.type(KeyCode.ENTER); // nothing: the default button is off
        assertThat(dialog.isShowing()).isTrue();
        robot.write(".example");
        Label hint = (Label) dialog.getScene().lookup("#resendEmailHint");
        assertThat(hint.getText()).startsWith("Another address: ");
        app.orderdesk.desktop.FxTestWindows.waitForPulses(dialog.getScene(), 3);
        assertThat(((javafx.scene.text.Text) hint.lookup(".text")).getText()).as("walked: the hint was cut short")
                .isEqualTo(hint.getText());
        Label toLabel = (Label) dialog.getScene().getRoot().lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && "To".equals(l.getText())).findFirst().orElseThrow();
        assertThat(((javafx.scene.text.Text) toLabel.lookup(".text")).getText()).as("walked: squeezed to an ellipsis").isEqualTo("To");
        assertThat(hint.getHeight()).as("both lines shown").isGreaterThan(hint.getFont().getSize() * 2);
        robot.type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.resentTo.size() == 2);
        assertThat(api.resentTo.getLast()).isEqualTo("ann.lee@work.example");
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        Label message = robot.lookup("#detailMessage").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> message.getText().startsWith("Receipt sent to ann.lee@work.example"));
    }

    private static Window openTheDialog(FxRobot robot) {
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        robot.interact(() -> robot.lookup("#resendEmailButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> resendDialog() != null);
        Window dialog = resendDialog();
        robot.targetWindow(dialog);
        return dialog;
    }

    private static Window resendDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#resendEmailTo") != null)
                .findFirst().orElse(null);
    }
}
