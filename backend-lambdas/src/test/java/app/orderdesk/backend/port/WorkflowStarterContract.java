package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowStarter} does, the fake and the Step Functions adapter alike: one
 * execution per order however often it is started, counted by the engine itself.
 */
public abstract class WorkflowStarterContract {

    protected abstract WorkflowStarter starter();

    /** Executions the engine holds for this order (running or ended). */
    protected abstract long executions(String orderId);

    private static String orderId() {
        return "contract-" + UUID.randomUUID();
    }

    @Test
    void startingTwiceIsOneExecution() {
        String order = orderId();

        starter().start(order);
        starter().start(order);

        assertThat(executions(order)).isEqualTo(1);
    }

    @Test
    void eachOrderGetsItsOwnExecution() {
        String first = orderId();
        String second = orderId();

        starter().start(first);
        starter().start(second);

        assertThat(executions(first)).isEqualTo(1);
        assertThat(executions(second)).isEqualTo(1);
        assertThat(executions(orderId())).as("an order never started").isZero();
    }
}
