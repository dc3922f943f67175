package app.orderdesk.desktop.infra;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Latest request wins: answers to older requests of the same kind (a search typed over, a product
 * list reloaded) can arrive after newer ones and are dropped, so the screen shows only the newest.
 * Use it on the FX thread, like the view models that own it.
 */
public final class LatestRequest {

    private final BackgroundExecutor executor;
    private long generation;
    private Cancellable pending = Cancellable.NONE;

    public LatestRequest(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work}; its callbacks run only if no newer request (or {@link #cancel()}) came since. */
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        long mine = ++generation;
        pending.cancel();
        pending = executor.submit(work,
                result -> {
                    if (mine == generation) {
                        onSuccess.accept(result);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        onFailure.accept(failure);
                    }
                });
    }

    /**
     * Runs {@code action} on the FX thread after {@code delay} (the next poll, a retry), unless a newer
     * request (or {@link #cancel()}) came in the meantime; it supersedes the request before it, as
     * {@link #submit} does.
     */
    public void schedule(java.time.Duration delay, Runnable action) {
        long mine = ++generation;
        pending.cancel();
        pending = executor.schedule(delay, () -> {
            if (mine == generation) {
                action.run();
            }
        });
    }

    /** Forgets the request in flight: its answer will be ignored. */
    public void cancel() {
        generation++;
        pending.cancel();
        pending = Cancellable.NONE;
    }
}
