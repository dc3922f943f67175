package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Audit, session 33: Esc or the window's close button took a dialog away while its request ran; the stock adjustment
 * still happened when it succeeded, and when it failed its error went to a dialog no one saw any more. The dialog now
 * stays until the answer (Cancel off, the close ignored), and shows a failure where it was asked.
 */
@ExtendWith(ApplicationExtension.class)
class DialogStaysWhileBusyScreenTest {

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final CountDownLatch answer = new CountDownLatch(1);
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.adjustHook = request -> {
            try {
                answer.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ApiException(409, ApiError.of("STOCK_CHANGED", "The stock changed meanwhile; look again."));
        };
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        answer.countDown();
        desk.close(robot);
    }

    @Test
    void anAdjustmentUnderWayKeepsItsDialogUntilTheAnswerAndShowsTheFailureThere(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "inventoryTab");
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#inventoryTable").queryTableView().getItems().isEmpty());
        Clicks.on(robot, "Green tea");
        Clicks.on(robot, "#adjustButton");
        Spinner<?> delta = robot.lookup("#adjustDelta").queryAs(Spinner.class);
        robot.interact(() -> delta.getEditor().setText("10"));
        javafx.scene.control.ComboBox<app.orderdesk.desktop.inventory.AdjustReason> reason = robot.lookup("#adjustReason").queryComboBox();
        robot.interact(() -> reason.setValue(app.orderdesk.desktop.inventory.AdjustReason.RECEIVED));
        Window dialog = robot.lookup("#adjustDialog").query().getScene().getWindow();
        robot.targetWindow(dialog);
        Clicks.on(robot, "#adjustApplyButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.adjustments.size() == 1);

        robot.type(KeyCode.ESCAPE);
        Platform.runLater(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("neither Esc nor the close button takes it away mid-request").isTrue();
        assertThat(robot.lookup("#adjustCancelButton").queryButton().isDisabled()).isTrue();

        answer.countDown();
        Label error = robot.lookup("#adjustError").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !error.getText().isBlank());
        assertThat(error.getText()).contains("The stock changed meanwhile");
        assertThat(robot.lookup("#adjustCancelButton").queryButton().isDisabled()).as("the answer is in: Cancel again").isFalse();
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !dialog.isShowing());
    }
}
