package app.orderdesk.desktop;

import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The app's one executor, counting the work it was given that has not yet answered, so that a test can wait for
 * "every load has come back" rather than for a number of milliseconds ({@link FakeDesk#settle}). A piece of work
 * counts from {@link #submit} until its callback ran on the FX thread or it was cancelled.
 */
final class CountingExecutor implements BackgroundExecutor {

    private final BackgroundExecutor delegate;
    private final AtomicInteger inFlight = new AtomicInteger();

    CountingExecutor(BackgroundExecutor delegate) {
        this.delegate = delegate;
    }

    int inFlight() {
        return inFlight.get();
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean answered = new AtomicBoolean();
        Runnable done = () -> {
            if (answered.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        inFlight.incrementAndGet();
        Cancellable cancellable = delegate.submit(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                done.run();
            }
        }, failure -> {
            try {
                onFailure.accept(failure);
            } finally {
                done.run();
            }
        });
        return () -> {
            done.run(); // a cancelled piece of work never calls back
            cancellable.cancel();
        };
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        return delegate.schedule(delay, action);
    }
}
