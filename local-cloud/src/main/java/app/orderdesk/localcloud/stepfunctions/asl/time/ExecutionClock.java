package app.orderdesk.localcloud.stepfunctions.asl.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The engine's only source of time, so tests can run waits, retries and timeouts on virtual time. */
public interface ExecutionClock {

    /** The current instant. */
    Instant now();

    /**
     * Lets {@code duration} pass. Real clocks block the thread; virtual clocks advance instantly.
     *
     * @throws InterruptedException when the waiting thread is interrupted (for example by StopExecution)
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Runs {@code work}, failing with {@link TimeoutException} when it takes longer than {@code timeout}.
     * The default runs the work on a virtual thread and waits in real time.
     */
    default <T> T callWithin(Duration timeout, Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        // A bare virtual thread, not a closeable executor: closing one would wait for a hung call.
        Thread.ofVirtual().name("asl-task").start(task);
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException | InterruptedException e) {
            task.cancel(true);
            throw e;
        }
    }

    /** True when sleeping costs no real time, so long sleeps need not be sliced. */
    default boolean isVirtual() {
        return false;
    }

    /** The wall-clock implementation used in production. */
    static ExecutionClock system() {
        return SystemExecutionClock.INSTANCE;
    }
}
