package app.orderdesk.desktop.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.ManualExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxSenderTest {

    private static final PlaceOrderRequest ORDER = new PlaceOrderRequest(List.of(new OrderLineRequest("p-mug", 2)),
            new CustomerDetails("ann@example.com", "Ann", null), "tok_visa");

    @TempDir
    Path home;

    private final FakeApiClient api = new FakeApiClient();
    private final ManualExecutor executor = new ManualExecutor();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);
    private final List<PlaceOrderResponse> sent = new ArrayList<>();

    private OutboxSender outbox(OutboxStore store) {
        OutboxSender model = new OutboxSender(api, executor, store, clock);
        model.setOnSent((entry, response) -> sent.add(response));
        return model;
    }

    /** Audit, session 33: a failed write was reported to the status bar only; the draft that handed it over waited for good. */
    @Test
    void anOrderThatCannotBeWrittenIsSaidToTheOneWhoHandedItOver() throws IOException {
        Files.writeString(home.resolve("outbox"), "a file where the outbox's folder goes"); // every write fails
        OutboxSender outbox = outbox(new OutboxStore(home, "local"));
        List<String> problems = new ArrayList<>();
        outbox.setOnProblem(problems::add);
        boolean[] stored = {false};
        List<String> notStored = new ArrayList<>();

        outbox.enqueue(ORDER, "key-1", () -> stored[0] = true, notStored::add);

        assertThat(stored[0]).isFalse();
        assertThat(notStored).singleElement().asString().isNotBlank();
        assertThat(problems).singleElement().asString().startsWith("The order could not be stored in the outbox");
        assertThat(outbox.entries()).isEmpty();
    }

    @Test
    void storesTheOrderDurablyAndSendsItWithTheSameKeyOnceTheConnectionIsBack() throws IOException {
        OutboxStore store = new OutboxStore(home, "local");
        OutboxSender outbox = outbox(store);
        AtomicInteger calls = new AtomicInteger();
        api.placeOrderHook = (request, key) -> {
            if (calls.incrementAndGet() <= 2) {
                throw new ConnectionUnavailableException("down", new IOException("refused"));
            }
            return new PlaceOrderResponse("o-9", "OD-000009", OrderStatus.RECEIVED);
        };
        boolean[] stored = {false};

        outbox.enqueue(ORDER, "key-1", () -> stored[0] = true);

        assertThat(stored[0]).isTrue();
        assertThat(outbox.entries()).hasSize(1);
        assertThat(Files.list(store.directory()).map(p -> p.getFileName().toString())).containsExactly("key-1.json");
        String json = Files.readString(store.directory().resolve("key-1.json"));
        assertThat(json).contains("ann@example.com").doesNotContainIgnoringCase("token\":\"ey").doesNotContain("password");

        executor.tick(); // first retry: still down
        executor.tick(); // second retry: still down
        assertThat(outbox.entries()).singleElement().extracting(OutboxEntry::attempts).isEqualTo(2);
        executor.tick(); // third: accepted

        assertThat(api.idempotencyKeys).containsExactly("key-1", "key-1", "key-1");
        assertThat(sent).extracting(PlaceOrderResponse::orderNumber).containsExactly("OD-000009");
        assertThat(outbox.entries()).isEmpty();
        assertThat(Files.list(store.directory())).isEmpty();
        assertThat(executor.delays).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void aQueuedOrderGoesOutAtOnceWhenTheDeskFindsTheApiReachableAgain() {
        OutboxSender outbox = outbox(new OutboxStore(home, "local"));
        var online = new javafx.beans.property.SimpleBooleanProperty(true);
        outbox.retryWhenBackOnline(online);
        var down = new java.util.concurrent.atomic.AtomicBoolean(true);
        api.placeOrderHook = (request, key) -> {
            if (down.get()) {
                throw new ConnectionUnavailableException("down", new IOException("refused"));
            }
            return new PlaceOrderResponse("o-9", "OD-000009", OrderStatus.RECEIVED);
        };
        online.set(true); // nothing queued: no call
        assertThat(api.idempotencyKeys).isEmpty();

        online.set(false);
        outbox.enqueue(ORDER, "key-1", () -> { });
        executor.tick();
        executor.tick(); // still down at 2 and 4 s: the next try waits 8 s
        assertThat(executor.delays).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));

        assertThat(sent).isEmpty();
        int tries = api.idempotencyKeys.size();

        down.set(false);
        online.set(true); // the product search got an answer; no timer has fired

        assertThat(sent).extracting(PlaceOrderResponse::orderNumber).containsExactly("OD-000009");
        assertThat(api.idempotencyKeys).hasSize(tries + 1).containsOnly("key-1");
        assertThat(outbox.entries()).isEmpty();
        assertThat(executor.pending()).as("the backoff's timer is cancelled").isZero();
    }

    /** Session 22: at sign-out or quit there is no time for the background: the entry is on disk when keepNow returns. */
    @Test
    void keepNowWritesTheOrderAtOnceAndOnlyOnce() {
        OutboxStore store = new OutboxStore(home, "keep-now");
        OutboxSender outbox = outbox(store);

        outbox.keepNow(ORDER, "key-9");
        outbox.keepNow(ORDER, "key-9");

        assertThat(store.loadAll()).singleElement().satisfies(entry -> assertThat(entry.idempotencyKey()).isEqualTo("key-9"));
        assertThat(outbox.entries()).hasSize(1);
    }

    @Test
    void neverSendsAnOrderTwice() {
        OutboxSender outbox = outbox(new OutboxStore(home, "local"));
        api.placeOrderHook = (request, key) -> new PlaceOrderResponse("o-9", "OD-000009", OrderStatus.RECEIVED);

        outbox.enqueue(ORDER, "key-1", () -> { });
        outbox.enqueue(ORDER, "key-1", () -> { });
        executor.tick();
        outbox.retryNow();
        executor.tick();

        assertThat(api.placed).hasSize(1);
        assertThat(sent).hasSize(1);
        assertThat(outbox.queuedCountBinding().get()).isZero();
    }

    @Test
    void marksAnOrderTheServerRefusesAsFailedWithItsMessageAndStopsSendingIt() {
        OutboxStore store = new OutboxStore(home, "local");
        OutboxSender outbox = outbox(store);
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(409, ApiError.of("INSUFFICIENT_STOCK", "Only 1 of Blue mug left"));
        };

        outbox.enqueue(ORDER, "key-1", () -> { });
        executor.tick();
        executor.tick();

        assertThat(outbox.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboxEntry.Status.FAILED);
            assertThat(entry.failure()).contains("Only 1 of Blue mug left");
        });
        assertThat(api.placed).hasSize(1);
        assertThat(store.loadAll()).singleElement().extracting(OutboxEntry::status).isEqualTo(OutboxEntry.Status.FAILED);
    }

    @Test
    void keepsRetryingThrottlingAndUnavailableAnswers() {
        assertThat(OutboxSender.refusedForGood(new ApiException(429, ApiError.of("THROTTLED", "slow down")))).isFalse();
        assertThat(OutboxSender.refusedForGood(new ApiException(408, ApiError.of("TIMEOUT", "late")))).isFalse();
        assertThat(OutboxSender.refusedForGood(new ApiException(503, ApiError.of("UNAVAILABLE", "down")))).isFalse();
        assertThat(OutboxSender.refusedForGood(new ApiException(400, ApiError.of("VALIDATION_FAILED", "bad")))).isTrue();
        // The sign-in's problem, not the order's (a token the server no longer takes): sent again with a renewed one.
        assertThat(OutboxSender.refusedForGood(new ApiException(401, ApiError.of("UNAUTHORIZED", "expired")))).isFalse();
        assertThat(OutboxSender.refusedForGood(new ApiException(403, ApiError.of("FORBIDDEN", "role")))).isTrue();
    }

    @Test
    void aPersonWhoMayNotPlaceOrdersSeesTheQueueButLeavesItToThoseWhoMay() {
        OutboxStore store = new OutboxStore(home, "local");
        store.save(OutboxEntry.queued("key-staff", ORDER, clock.instant()));
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(403, ApiError.of("FORBIDDEN", "Your role is not allowed to do this"));
        };
        OutboxSender support = outbox(store);
        support.holdForOrderTakers();

        support.start();
        support.retryNow();
        executor.tick();

        assertThat(api.idempotencyKeys).as("support's session sends nothing").isEmpty();
        assertThat(support.entries()).singleElement().extracting(OutboxEntry::status).isEqualTo(OutboxEntry.Status.QUEUED);
        assertThat(support.messageProperty().get()).contains("staff or a manager");
        support.dispose();

        api.placeOrderHook = (request, key) -> new PlaceOrderResponse("o-1", "OD-000001", OrderStatus.RECEIVED);
        outbox(store).start(); // staff sign in on the same computer
        assertThat(api.idempotencyKeys).containsExactly("key-staff");
        assertThat(store.loadAll()).isEmpty();
    }

    @Test
    void sendsWhatAnEarlierSessionLeftBehind() {
        OutboxStore store = new OutboxStore(home, "local");
        store.save(OutboxEntry.queued("key-old", ORDER, clock.instant()));
        api.placeOrderHook = (request, key) -> new PlaceOrderResponse("o-1", "OD-000001", OrderStatus.RECEIVED);

        outbox(store).start();

        assertThat(api.idempotencyKeys).containsExactly("key-old");
        assertThat(store.loadAll()).isEmpty();
    }

    @Test
    void keepsEachProfilesOutboxApart() {
        new OutboxStore(home, "local").save(OutboxEntry.queued("key-1", ORDER, clock.instant()));

        assertThat(new OutboxStore(home, "prod").loadAll()).isEmpty();
        assertThat(new OutboxStore(home, "local").loadAll()).hasSize(1);
    }
}
