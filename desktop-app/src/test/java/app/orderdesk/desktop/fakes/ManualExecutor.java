package app.orderdesk.desktop.fakes;

import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread but keeps scheduled actions until the test runs them,
 * so retry loops can be stepped through one tick at a time.
 */
public final class ManualExecutor implements BackgroundExecutor {

    private record Scheduled(Duration delay, Runnable action, boolean[] cancelled) {}

    private final List<Scheduled> scheduled = new ArrayList<>();
    public final List<Duration> delays = new ArrayList<>();

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return SameThreadExecutor.runNow(work, onSuccess, onFailure);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        scheduled.add(new Scheduled(delay, action, cancelled));
        delays.add(delay);
        return () -> cancelled[0] = true;
    }

    /** Runs the actions scheduled so far (not those they schedule); answers how many ran. */
    public int tick() {
        List<Scheduled> due = new ArrayList<>(scheduled);
        scheduled.clear();
        return run(due);
    }

    /** Runs only the actions scheduled so far with {@code delay}, keeping the others; answers how many ran. */
    public int tickOnly(Duration delay) {
        List<Scheduled> due = scheduled.stream().filter(s -> s.delay().equals(delay)).toList();
        scheduled.removeAll(due);
        return run(due);
    }

    private static int run(List<Scheduled> due) {
        int ran = 0;
        for (Scheduled s : due) {
            if (!s.cancelled()[0]) {
                s.action().run();
                ran++;
            }
        }
        return ran;
    }

    public int pending() {
        return (int) scheduled.stream().filter(s -> !s.cancelled()[0]).count();
    }
}
