package app.orderdesk.desktop.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work and callbacks at once on the calling thread, so view models can be tested without a
 * screen; scheduled actions also run at once, and their delays are recorded for assertions.
 */
public final class SameThreadExecutor implements BackgroundExecutor {

    private final List<Duration> scheduledDelays = new ArrayList<>();

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return runNow(work, onSuccess, onFailure);
    }

    /** Runs {@code work} on this thread and hands its outcome to the matching callback. */
    public static <T> Cancellable runNow(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return Cancellable.NONE;
        }
        onSuccess.accept(result);
        return Cancellable.NONE;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        scheduledDelays.add(delay);
        action.run();
        return Cancellable.NONE;
    }

    /** The delays of every {@link #schedule} call so far, in order. */
    public List<Duration> scheduledDelays() {
        return List.copyOf(scheduledDelays);
    }
}
