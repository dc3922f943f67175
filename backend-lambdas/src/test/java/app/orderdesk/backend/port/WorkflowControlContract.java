package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowControl} does, the fake and the Step Functions adapter alike: a stop ends
 * a running execution; stopping one that never started, or twice, is harmless.
 */
public abstract class WorkflowControlContract {

    protected abstract WorkflowControl control();

    /** Arranges a running execution for the order (one that would not end by itself soon). */
    protected abstract void running(String orderId);

    /** Whether the engine still runs the order's execution. */
    protected abstract boolean stillRunning(String orderId);

    private static String orderId() {
        return "contract-" + UUID.randomUUID();
    }

    @Test
    void aStopEndsTheRunningExecution() {
        String order = orderId();
        running(order);
        assertThat(stillRunning(order)).as("arranged").isTrue();

        control().stop(order, "customer called back");

        assertThat(stillRunning(order)).isFalse();
    }

    @Test
    void stoppingTwiceIsHarmless() {
        String order = orderId();
        running(order);

        control().stop(order, "first");

        assertThatCode(() -> control().stop(order, "second")).doesNotThrowAnyException();
        assertThat(stillRunning(order)).isFalse();
    }

    @Test
    void stoppingAnOrderThatNeverStartedIsHarmless() {
        String order = orderId();

        assertThatCode(() -> control().stop(order, "nothing to stop")).doesNotThrowAnyException();
        assertThat(stillRunning(order)).isFalse();
    }

    @Test
    void aLongCauseIsAccepted() {
        String order = orderId();
        running(order);

        assertThatCode(() -> control().stop(order, "x".repeat(5_000))).doesNotThrowAnyException();
        assertThat(stillRunning(order)).isFalse();
    }
}
