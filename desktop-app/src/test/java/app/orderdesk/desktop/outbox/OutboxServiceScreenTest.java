package app.orderdesk.desktop.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The outbox sender is a service the app starts at sign-in: an order queued while the API was
 * unreachable goes out although nobody ever opens the Outbox screen.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxServiceScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void anOrderQueuedWhileTheOutboxScreenWasNeverOpenedIsStillSent(FxRobot robot) {
        AtomicInteger calls = new AtomicInteger();
        api.placeOrderHook = (request, key) -> {
            if (calls.incrementAndGet() == 1) {
                throw new ConnectionUnavailableException("down", new IOException("refused"));
            }
            return new PlaceOrderResponse("o-7", "OD-000007", OrderStatus.RECEIVED);
        };
        TabPane tabs = desk.signInAs(robot, FakeDesk.Role.STAFF);
        List<String> shown = new ArrayList<>();
        robot.interact(() -> tabs.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, tab) -> shown.add(tab.getId())));

        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        Clicks.on(robot, "#customerEmail").write("olive@example.com");
        Clicks.on(robot, "#customerName").write("Olive Outbox");
        Clicks.on(robot, "#submitOrderButton");

        Label state = robot.lookup("#connectionState").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.placed.size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> state.getText().endsWith("0 queued"));
        assertThat(api.idempotencyKeys).hasSize(2).doesNotContainNull();
        assertThat(api.idempotencyKeys.get(1)).isEqualTo(api.idempotencyKeys.get(0));
        assertThat(shown).doesNotContain("outboxTab");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("placeOrderTab");
        assertThat(new OutboxStore(home, FakeDesk.PROFILE.name()).loadAll()).isEmpty();
    }

    /**
     * Session 31: support's session sent the outbox too; the API refuses orders from support (403), and the refusal
     * marked the order a clerk had queued as failed for good. Support now sees the queue and leaves it to staff.
     */
    @Test
    void supportSigningInOnTheSameComputerLeavesStaffsQueuedOrderForStaffToSend(FxRobot robot) {
        OutboxStore store = new OutboxStore(home, FakeDesk.PROFILE.name());
        store.save(OutboxEntry.queued("key-left-by-staff", new app.orderdesk.api.PlaceOrderRequest(
                List.of(new app.orderdesk.api.OrderLineRequest("p-mug", 1)),
                new app.orderdesk.api.CustomerDetails("pat@example.com", "Pat", null), "tok_visa"), java.time.Instant.now()));
        api.placeOrderHook = (request, key) -> {
            throw new app.orderdesk.desktop.client.ApiException(403,
                    app.orderdesk.api.ApiError.of("FORBIDDEN", "Your role is not allowed to do this"));
        };

        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        Label state = robot.lookup("#connectionState").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> state.getText().endsWith("1 queued"));
        // Past the sender's first retry (2 s): nothing goes out the whole time.
        await("no order sent by support's session").during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5))
                .until(() -> api.placed.isEmpty());
        assertThat(store.loadAll()).singleElement().extracting(OutboxEntry::status).isEqualTo(OutboxEntry.Status.QUEUED);
        FakeDesk.openTab(robot, "outboxTab");
        assertThat(robot.lookup("#outboxSendNowButton").queryButton().isDisabled()).as("Send now, for support").isTrue();

        Clicks.on(robot, "#signOutButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        api.placeOrderHook = (request, key) -> new PlaceOrderResponse("o-8", "OD-000008", OrderStatus.RECEIVED);
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.loadAll().isEmpty());
        assertThat(api.idempotencyKeys).containsExactly("key-left-by-staff");
    }

    /**
     * Session 22: quitting while an order's send waited for its answer dropped the order with the process — if the
     * request never reached the server, it was lost although the clerk had sent it; signing out kept it only when the
     * send failed at its 30 s timeout. The unanswered send now goes to the outbox on disk at once, which the next
     * session sends under the same key.
     */
    @Test
    void signingOutWhileASendWaitsKeepsTheOrderInTheOutboxOnDiskAtOnce(FxRobot robot) throws Exception {
        assertKeptOnDisk(robot, "sam@example.com", () -> {
            Clicks.on(robot, "#signOutButton");
            await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        });
    }

    @Test
    void closingTheWindowWhileASendWaitsKeepsTheOrderInTheOutboxOnDiskAtOnce(FxRobot robot) throws Exception {
        assertKeptOnDisk(robot, "quinn@example.com", () -> robot.interact(() -> stage.hide()));
    }

    private void assertKeptOnDisk(FxRobot robot, String email, Runnable endTheSession) throws Exception {
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        api.placeOrderHook = (request, key) -> {
            try {
                answer.await(30, java.util.concurrent.TimeUnit.SECONDS); // the API does not answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ConnectionUnavailableException("down", new IOException("timed out"));
        };
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        Clicks.on(robot, "#customerEmail").write(email);
        Clicks.on(robot, "#customerName").write("Sam Signout");
        Clicks.on(robot, "#submitOrderButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.placed.size() == 1);

        endTheSession.run();
        OutboxStore store = new OutboxStore(home, FakeDesk.PROFILE.name());
        List<OutboxEntry> kept = store.loadAll();
        answer.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> !store.loadAll().isEmpty()); // (the old session's late failure, if any)
        store.loadAll().forEach(entry -> store.delete(entry.idempotencyKey())); // the home is shared with the other cases

        assertThat(kept).as("the unanswered order, on disk before its send gave up").singleElement().satisfies(entry -> {
            assertThat(entry.idempotencyKey()).isEqualTo(api.idempotencyKeys.getFirst());
            assertThat(entry.request().customer().email()).isEqualTo(email);
            assertThat(entry.request().lines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
        });
    }
}
