package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walked with the API frozen at 1024x640, session 21: for the 30 s before the order went to the outbox only a spinner
 * moved. After 3 s the key hint's place says that the desk is waiting and what happens to the order; the spinner keeps
 * its size beside those longer words (the row first shrank it to nothing).
 */
@ExtendWith(ApplicationExtension.class)
class SlowSendScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final CountDownLatch answer = new CountDownLatch(1);
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.statuses.add(OrderStatus.RECEIVED);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        answer.countDown();
        desk.close(robot);
    }

    @Test
    void aSendWaitingLongSaysSoBesideItsSpinner(FxRobot robot) {
        api.placeOrderHook = (request, key) -> {
            try {
                answer.await(30, TimeUnit.SECONDS); // a server that does not answer yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED);
        };
        desk = FakeDesk.openAt1024x640(robot, stage, auth, api, FakeDesk.PROFILE, home, FakeDesk.Role.STAFF);
        OrderEntry.submitOneFor(robot, FakeApiClient.MUG);
        Label hint = robot.lookup("#orderKeysHint").queryAs(Label.class);
        assertThat(hint.getText()).startsWith("Ctrl+Enter");

        await().atMost(Duration.ofSeconds(10)).until(() -> hint.getText().startsWith("Waiting for the server"));
        WaitForAsyncUtils.waitForFxEvents();
        ProgressIndicator spinner = robot.lookup("#orderSending").queryAs(ProgressIndicator.class);
        assertThat(hint.getText()).contains("kept in the outbox");
        assertThat(spinner.isVisible()).isTrue();
        assertThat(spinner.getWidth()).as("the spinner's width beside the waiting words").isGreaterThanOrEqualTo(19);

        answer.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> hint.getText().startsWith("Ctrl+Enter"));
    }
}
