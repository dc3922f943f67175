package app.orderdesk.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.LiveSubscription;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.desktop.fakes.ManualExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR 0075: the screen shown re-reads while pushes are paused, and once its topics are subscribed. */
class FallbackPollingTest {

    private final ManualExecutor executor = new ManualExecutor();
    private final FallbackPolling polling = new FallbackPolling(executor, LiveUpdates.FALLBACK_POLL);
    private final List<String> reads = new ArrayList<>();

    FallbackPollingTest() {
        polling.poll("inventoryTab", () -> reads.add("inventory polled"));
        polling.poll("attentionTab", () -> reads.add("attention polled"));
        polling.readAfterSubscribe("inventoryTab", () -> reads.add("inventory after subscribe"));
    }

    @Test
    void whilePushesArePausedOnlyTheScreenShownReadsEveryTenSeconds() {
        polling.screenShown("inventoryTab");
        assertThat(executor.delays).as("not live from the start (a network that lets no socket through)")
                .containsExactly(Duration.ofSeconds(10));

        executor.tick();
        executor.tick();
        assertThat(reads).containsExactly("inventory polled", "inventory polled");

        polling.screenShown("attentionTab");
        executor.tick();
        polling.screenShown("customersTab"); // follows no pushes: nothing to poll
        assertThat(executor.pending()).isZero();
        assertThat(reads).containsExactly("inventory polled", "inventory polled", "attention polled");
    }

    @Test
    void pollingStopsWhileLiveAndAtSignOut() {
        polling.screenShown("inventoryTab");
        polling.liveChanged(true);
        assertThat(executor.tick()).as("the socket opened: the read waiting is dropped").isZero();
        assertThat(executor.pending()).isZero();

        polling.liveChanged(false);
        assertThat(executor.pending()).as("dropped again: polling starts an interval later").isEqualTo(1);
        polling.close();
        assertThat(executor.tick()).isZero();
        assertThat(reads).isEmpty();
    }

    @Test
    void aSubscribedTopicMakesTheScreenShownReadOnce() {
        polling.screenShown("inventoryTab");
        polling.liveChanged(true);

        polling.onLiveUpdate(new LiveUpdate(LiveSubscription.SUBSCRIBED, "order-1", null, null, Instant.now()));
        assertThat(reads).as("an order's subscription is its screen's business").isEmpty();
        polling.onLiveUpdate(new LiveUpdate(LiveSubscription.SUBSCRIBED, null, null, null, Instant.now()));
        polling.onLiveUpdate(new LiveUpdate(LiveUpdate.STOCK, null, null, "p-1", Instant.now()));
        assertThat(reads).containsExactly("inventory after subscribe");

        polling.screenShown("attentionTab"); // registered no read after subscribe
        polling.onLiveUpdate(new LiveUpdate(LiveSubscription.SUBSCRIBED, null, null, null, Instant.now()));
        polling.close();
        polling.screenShown("inventoryTab");
        polling.onLiveUpdate(new LiveUpdate(LiveSubscription.SUBSCRIBED, null, null, null, Instant.now()));
        assertThat(reads).containsExactly("inventory after subscribe");
    }
}
