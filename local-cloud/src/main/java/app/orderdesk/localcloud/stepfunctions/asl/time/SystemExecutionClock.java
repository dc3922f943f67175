package app.orderdesk.localcloud.stepfunctions.asl.time;

import java.time.Duration;
import java.time.Instant;

/** Real time: {@link #sleep} blocks the calling thread. */
final class SystemExecutionClock implements ExecutionClock {

    static final SystemExecutionClock INSTANCE = new SystemExecutionClock();

    private SystemExecutionClock() {}

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration);
        }
    }
}
