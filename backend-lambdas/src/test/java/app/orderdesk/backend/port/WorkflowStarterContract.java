package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowStarter} does, the fake and the Step Functions adapter alike, for the EXPRESS
 * workflow: every start runs it (StartExecution is not idempotent for EXPRESS; the steps are idempotent
 * instead, ADR 0018), executions are named after the order, and a retry is a new execution named after the
 * order and its attempt. Counted by the engine itself.
 */
public abstract class WorkflowStarterContract {

    protected abstract WorkflowStarter starter();

    /** Executions the engine holds with this name (running or ended). */
    protected abstract long executions(String name);

    private static String orderId() {
        return "contract-" + UUID.randomUUID();
    }

    @Test
    void everyStartRunsTheWorkflowUnderTheOrdersName() {
        String order = orderId();

        starter().start(order);
        starter().start(order);

        assertThat(executions(order)).isEqualTo(2);
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

    @Test
    void aRetryIsANewExecutionNamedAfterTheOrderAndItsAttempt() {
        String id = orderId();
        Product mug = new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3);
        Order order = Order.place(id, "OD-" + id.substring(9, 15), new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(OrderLine.of(mug, 1)), "key-" + id, "tok_visa", Instant.now());

        starter().resume(order, "ReserveStock", 2);

        assertThat(executions(id + "-retry-2")).isEqualTo(1);
        assertThat(executions(id)).as("the order's first execution is not run again").isZero();
    }
}
