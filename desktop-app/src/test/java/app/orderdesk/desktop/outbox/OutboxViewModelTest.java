package app.orderdesk.desktop.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.ManualExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Outbox screen's model shows the sender's queue and passes people's choices to it; it sends nothing itself. */
class OutboxViewModelTest {

    private static final PlaceOrderRequest ORDER = new PlaceOrderRequest(List.of(new OrderLineRequest("p-mug", 2)),
            new CustomerDetails("ann@example.com", "Ann", null), "tok_visa");

    @TempDir
    Path home;

    private final FakeApiClient api = new FakeApiClient();
    private final ManualExecutor executor = new ManualExecutor();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void showsTheSendersQueueAndAsksItToTryARefusedOrderAgainOrDiscardIt() {
        OutboxStore store = new OutboxStore(home, "local");
        OutboxSender sender = new OutboxSender(api, executor, store, clock);
        OutboxViewModel model = new OutboxViewModel(sender);
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(409, ApiError.of("INSUFFICIENT_STOCK", "Only 1 of Blue mug left"));
        };
        sender.enqueue(ORDER, "key-1", () -> { });
        executor.tick();

        assertThat(model.entries()).singleElement().extracting(OutboxEntry::status).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(model.messageProperty().get()).contains("Only 1 of Blue mug left");

        api.placeOrderHook = (request, key) -> new PlaceOrderResponse("o-9", "OD-000009", OrderStatus.RECEIVED);
        model.requeue(model.entries().getFirst());
        assertThat(api.idempotencyKeys).containsExactly("key-1", "key-1");
        assertThat(model.entries()).isEmpty();

        api.placeOrderHook = (request, key) -> {
            throw new ApiException(400, ApiError.of("VALIDATION_FAILED", "bad"));
        };
        sender.enqueue(ORDER, "key-2", () -> { });
        executor.tick();
        model.discard(model.entries().getFirst());
        assertThat(model.entries()).isEmpty();
        assertThat(store.loadAll()).isEmpty();
        model.requeue(null); // nothing selected: nothing happens
        model.discard(null);
    }

    /** Walked with the cloud frozen (session 20): while a send waited 30 s for its answer, nothing said it was on its way. */
    @Test
    void saysWhichOrderIsOnItsWayWhileItIsSent() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OutboxSender sender = new OutboxSender(api, held, new OutboxStore(home, "local"), clock);
        OutboxViewModel model = new OutboxViewModel(sender);
        sender.enqueue(ORDER, "key-1", () -> { });
        held.release(0); // stored on disk; the first try is scheduled
        OutboxEntry entry = model.entries().getFirst();
        assertThat(model.stateOf(entry)).isEqualTo("Waiting to be sent");

        api.placeOrderHook = (request, key) -> {
            throw new app.orderdesk.desktop.client.ConnectionUnavailableException("Cannot reach the Order Desk API",
                    new java.io.IOException("timed out"));
        };
        model.retryNow(); // Send now: the order goes out and its answer is held
        assertThat(model.sendingProperty().get()).isTrue();
        assertThat(model.stateOf(entry)).isEqualTo("Sending…");
        assertThat(model.messageProperty().get()).isEqualTo("Sending the order for ann@example.com…");

        held.release(held.waiting() - 1); // no answer: it waits in the queue again
        OutboxEntry waiting = model.entries().getFirst();
        assertThat(model.stateOf(waiting)).isEqualTo("Waiting to be sent");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(model.messageProperty().get()).contains("Cannot reach the Order Desk API");
    }
}
