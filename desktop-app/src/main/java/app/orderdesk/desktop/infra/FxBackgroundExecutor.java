package app.orderdesk.desktop.infra;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The production executor: one shared pool of daemon threads, callbacks posted to the FX thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxBackgroundExecutor.class.getName());
    // Few threads: the work is network-bound and the machine the app runs on may be small.
    private static final int WORKERS = 4;

    private final ScheduledThreadPoolExecutor pool;
    // Timers have a thread of their own that only posts to the FX thread: on the workers' queue a "slow answer" note
    // waited behind the very calls it was about (walked with the API frozen, session 21: three superseded customer
    // lookups and the order's POST held all four workers for 30 s each, and the form's 3-second note never came).
    private final ScheduledThreadPoolExecutor timers;
    /** Set by {@link #close}: from then on nothing new runs and no late callback reaches a screen being torn down. */
    private final AtomicBoolean closed = new AtomicBoolean();
    private static final Cancellable NOTHING = () -> {};

    public FxBackgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = new ScheduledThreadPoolExecutor(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "orderdesk-worker-" + count.incrementAndGet());
            // Daemon threads: a request still in flight must never keep the closed app alive.
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        timers = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "orderdesk-timer");
            thread.setDaemon(true);
            return thread;
        });
        timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = pool.submit(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> {
                        if (isLive(cancelled)) {
                            onSuccess.accept(result);
                        }
                    });
                } catch (Throwable failure) {
                    LOG.log(System.Logger.Level.DEBUG, "Background work failed", failure);
                    Platform.runLater(() -> {
                        if (isLive(cancelled)) {
                            onFailure.accept(failure);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException closedAlready) {
            // A callback that arrives while the app closes (e.g. a poll's retry) has nothing left to update.
            return NOTHING;
        }
        return () -> {
            cancelled.set(true);
            // Interrupted: a superseded read waiting on a silent server frees its worker now, not at its 30 s timeout
            // (walked frozen, session 21: stale customer lookups held three of the four workers).
            future.cancel(true);
        };
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = timers.schedule(() -> Platform.runLater(() -> {
                if (isLive(cancelled)) {
                    action.run();
                }
            }), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closedAlready) {
            return NOTHING;
        }
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    private boolean isLive(AtomicBoolean cancelled) {
        return !cancelled.get() && !closed.get();
    }

    @Override
    public void close() {
        closed.set(true);
        pool.shutdownNow();
        timers.shutdownNow();
    }
}
