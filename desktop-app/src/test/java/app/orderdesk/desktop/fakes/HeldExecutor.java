package app.orderdesk.desktop.fakes;

import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds every piece of work and every scheduled action until the test releases it, in any order, so
 * answers can arrive late and out of order. Released work runs even if it was cancelled: the strictest
 * case for code that must drop stale answers itself (an answer already on its way when cancelled).
 */
public final class HeldExecutor implements BackgroundExecutor {

    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return Cancellable.NONE;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        held.add(action);
        return Cancellable.NONE;
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the {@code index}-th held piece of work (0 = oldest still held) and its callback. */
    public void release(int index) {
        held.remove(index).run();
    }
}
