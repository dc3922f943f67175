package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static app.orderdesk.backend.fakes.World.request;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryRetryHolds;
import app.orderdesk.backend.fakes.InMemoryStalledOrders;
import app.orderdesk.backend.fakes.World;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StartStalledOrdersTest {

    private final World world = new World();
    private final Instant later = Fakes.NOW.plus(WorkflowStartLease.DURATION.multipliedBy(2)).plusSeconds(1);
    private final StartStalledOrders reconciler = new StartStalledOrders(
            new InMemoryStalledOrders(world.orders, new InMemoryRetryHolds(world.orders)), world.orders, world.workflow,
            Clock.fixed(later, ZoneOffset.UTC));

    /** An order whose creator stored it and died before starting it (the caller never retried). */
    private String storedButNeverStarted() {
        world.workflow.nextStartFailure = new IllegalStateException("the creator died here");
        try {
            world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        } catch (IllegalStateException expected) {
            // the 503 the caller never retried
        }
        return world.orders.orders.keySet().iterator().next();
    }

    @Test
    void startsAnOrderStoredButNeverStartedOnce() {
        String orderId = storedButNeverStarted();

        StartStalledOrders.Report first = reconciler.execute();
        StartStalledOrders.Report second = reconciler.execute();

        assertThat(first.started()).containsExactly(orderId);
        assertThat(second.started()).as("the lease it took still runs").isEmpty();
        assertThat(world.workflow.started).containsExactly(orderId);
    }

    @Test
    void leavesOrdersThatAWorkflowRunAcceptedAlone() {
        var placed = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        world.acceptAndReserve(placed.orderId());

        assertThat(reconciler.execute().found()).isZero();
        assertThat(world.workflow.started).containsExactly(placed.orderId());
    }

    @Test
    void aStartThatFailsIsReportedAndTriedAgainByTheNextRun() {
        String orderId = storedButNeverStarted();
        world.workflow.nextStartFailure = new IllegalStateException("Step Functions refused");

        assertThat(reconciler.execute().failed()).containsExactly(orderId);
        assertThat(reconciler.execute().started()).containsExactly(orderId);
    }
}
