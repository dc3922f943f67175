package app.orderdesk.localcloud.stepfunctions.asl.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * Virtual time for tests: sleeping advances the clock instantly and is recorded, so a 60-second
 * Wait or a retry back-off costs nothing and its length can be asserted.
 */
public final class VirtualExecutionClock implements ExecutionClock {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public VirtualExecutionClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /**
     * Runs the work synchronously; if it consumed more virtual time than {@code timeout}, the clock is
     * set back to the moment the timeout fired and the call fails, as a real timeout would.
     */
    @Override
    public <T> T callWithin(Duration timeout, Callable<T> work) throws Exception {
        Instant start = now();
        T result = work.call();
        synchronized (this) {
            if (Duration.between(start, now).compareTo(timeout) > 0) {
                now = start.plus(timeout);
                throw new TimeoutException("timed out after " + timeout);
            }
        }
        return result;
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    /** Moves the clock forward without recording a sleep. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Every duration passed to {@link #sleep}, in call order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
