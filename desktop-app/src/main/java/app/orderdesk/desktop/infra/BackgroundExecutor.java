package app.orderdesk.desktop.infra;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run slow work: {@code work} runs on a worker thread, the callbacks on the
 * FX thread, so view models only ever change UI-bound state on the FX thread.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} off the FX thread, then exactly one of the callbacks on the FX thread. Cancelling drops the
     * callbacks and interrupts the work if it is running: only reads are cancelled (a search typed over, a lookup
     * superseded, a connection attempt given up), and a read waiting on a silent server must not hold a worker.
     */
    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the FX thread after {@code delay} (used for polling). */
    Cancellable schedule(Duration delay, Runnable action);
}
