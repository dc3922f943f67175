package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.api.RefundLineView;
import app.orderdesk.api.RefundView;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.Focus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * A refund by keyboard, then where the keyboard is: walked under Xvfb (session 11), it landed on "Sign out" - the Refund
 * button is off while the refund runs and the detail reads the order again.
 */
@ExtendWith(ApplicationExtension.class)
class FocusAfterRefundScreenTest {

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
        api.orderLines = List.of(new OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1245, 2490));
        api.orderPages.put("", new Page<>(List.of(new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED,
                "ann@example.com", "Ann Lee", 2490, "USD", Instant.parse("2026-11-28T15:42:00Z"))), null));
        api.refundHook = request -> {
            api.statuses.clear();
            api.statuses.add(OrderStatus.PARTIALLY_REFUNDED);
            return new RefundView("r-1", "o-1", "COMPLETED", request.reason(), null,
                    List.of(new RefundLineView("p-mug", "MUG-1", "Blue mug", 1, true, 1245)), 1245, "USD",
                    "support@example.com", Instant.now(), true, Instant.now(), null);
        };
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void afterARefundTheKeyboardIsBackOnRefundNotOnSignOut(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openOrder(robot, 1, 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> !robot.lookup("#refundButton").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#refundButton").query().requestFocus());

        robot.type(KeyCode.SPACE); // the refund dialog, its first quantity focused
        await().atMost(Duration.ofSeconds(10)).until(() -> refundDialog() != null);
        robot.targetWindow(refundDialog()); // what the robot types goes to the dialog
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1");
        robot.type(KeyCode.TAB); // Back to stock
        robot.type(KeyCode.ENTER); // Refund, the dialog's default button

        await().atMost(Duration.ofSeconds(20)).until(() -> api.refunds.size() == 1);
        robot.targetWindow(robot.lookup("#mainTabs").query().getScene().getWindow());
        Label message = robot.lookup("#detailMessage").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> message.getText().startsWith("Refunded"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !robot.lookup("#refundButton").queryButton().isDisabled());
        assertThat(api.refunds.getFirst().lines().getFirst().restock()).as("Back to stock, left ticked").isTrue();
        assertThat(Focus.ownerId(robot)).as("where the keyboard is after the refund").isEqualTo("refundButton");
    }

    private static Window refundDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#refundTotal") != null)
                .findFirst().orElse(null);
    }
}
