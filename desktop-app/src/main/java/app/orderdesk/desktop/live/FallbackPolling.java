package app.orderdesk.desktop.live;

import app.orderdesk.api.LiveSubscription;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a screen that follows pushed changes (the inventory's stock, the attention list, the order form's stock) does
 * when pushes may have been missed (ADR 0075): while live updates are not on — the socket dropped, or a network that
 * lets no WebSocket through never opened it — the screen shown re-reads every {@link LiveUpdates#FALLBACK_POLL}; and
 * once its topics are subscribed (a screen shown, a socket back) it reads once, so a change made meanwhile shows.
 * Only the screen shown reads: the others read when they are shown. Before, only the order being followed polled,
 * and a list on show stayed as it was until the socket came back. FX thread only.
 */
public final class FallbackPolling implements AutoCloseable {

    private final BackgroundExecutor executor;
    private final Duration every;
    private final Map<String, Runnable> polls = new HashMap<>();
    private final Map<String, Runnable> afterSubscribe = new HashMap<>();
    private String shown;
    private boolean live;
    private boolean closed;
    private Cancellable timer = Cancellable.NONE;

    public FallbackPolling(BackgroundExecutor executor, Duration every) {
        this.executor = executor;
        this.every = every;
    }

    /** {@code read} re-reads what the screen shows, quietly, every {@link #every} while pushes are paused. */
    public void poll(String screenId, Runnable read) {
        polls.put(screenId, read);
        reschedule();
    }

    /** {@code read} runs once the screen's topics are subscribed (pushes flow from then on). */
    public void readAfterSubscribe(String screenId, Runnable read) {
        afterSubscribe.put(screenId, read);
    }

    public void screenShown(String screenId) {
        shown = screenId;
        reschedule();
    }

    /** The socket is up ({@code true}) or not: polling stops while it is, and starts a full interval after it is not. */
    public void liveChanged(boolean isLive) {
        live = isLive;
        reschedule();
    }

    /** A topic subscription stored by the server (an order's has an order id, and the order's screen reads for it). */
    public void onLiveUpdate(LiveUpdate update) {
        if (closed || update == null || !LiveSubscription.SUBSCRIBED.equals(update.type()) || update.orderId() != null) {
            return;
        }
        Runnable read = shown == null ? null : afterSubscribe.get(shown);
        if (read != null) {
            read.run();
        }
    }

    /** Sign-out: nothing more is read. */
    @Override
    public void close() {
        closed = true;
        timer.cancel();
        timer = Cancellable.NONE;
    }

    private void reschedule() {
        timer.cancel();
        timer = Cancellable.NONE;
        if (!closed && !live && shown != null && polls.containsKey(shown)) {
            timer = executor.schedule(every, this::tick);
        }
    }

    private void tick() {
        timer = Cancellable.NONE;
        Runnable read = closed || live || shown == null ? null : polls.get(shown);
        if (read != null) {
            read.run();
        }
        reschedule();
    }
}
