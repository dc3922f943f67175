package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A queued order goes out as soon as another call of the desk gets through — here the next order's product search —
 * not when the outbox's backoff (2, 4, 8 … 30 s) next fires: the status bar said "API: online" while it waited.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxBackOnlineScreenTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final AtomicBoolean down = new AtomicBoolean();
    private final List<Instant> tries = new CopyOnWriteArrayList<>();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.statuses.add(OrderStatus.RECEIVED);
        api.placeOrderHook = (request, key) -> {
            tries.add(Instant.now());
            if (down.get()) {
                throw new ConnectionUnavailableException("down", new IOException("refused"));
            }
            return new PlaceOrderResponse("o-1", "OD-000001", OrderStatus.RECEIVED);
        };
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aQueuedOrderIsSentOnceTheNextOrdersProductSearchFindsTheApiAgain(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        down.set(true);
        OrderEntry.addLine(robot, FakeApiClient.TEA, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        Clicks.on(robot, "#submitOrderButton");
        Label state = robot.lookup("#connectionState").queryAs(Label.class);
        // Until the 4 s retry has failed: the outbox's next try is 8 s after it.
        await().atMost(Duration.ofSeconds(30)).until(() -> lastGap().compareTo(Duration.ofMillis(3_500)) >= 0);
        assertThat(state.getText()).contains("1 queued");
        int failed = tries.size();

        down.set(false);
        robot.interact(() -> robot.lookup("#newOrderButton").queryButton().fire());
        OrderEntry.addLine(robot, FakeApiClient.TEA, 1); // the next order: its product search gets an answer

        await().atMost(Duration.ofSeconds(30)).until(() -> tries.size() > failed);
        assertThat(lastGap()).as("sent when the search got through, not when the 8 s backoff fired").isLessThan(Duration.ofSeconds(7));
        await().atMost(Duration.ofSeconds(10)).until(() -> state.getText().contains("0 queued"));
    }

    private Duration lastGap() {
        int n = tries.size();
        return n < 2 ? Duration.ZERO : Duration.between(tries.get(n - 2), tries.get(n - 1));
    }
}
