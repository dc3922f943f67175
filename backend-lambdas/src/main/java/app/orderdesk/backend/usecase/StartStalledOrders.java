package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.StalledOrders;
import app.orderdesk.backend.port.WorkflowStarter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Part of the scheduled reconciler: starts the workflow of orders that were stored but never started (their
 * creator died between storing and starting, and the caller did not retry). Each start is taken through the
 * same start lease as PlaceOrder's repeats, so a run racing a retry of the key, or another run, starts it once.
 */
public final class StartStalledOrders {

    /** How many stalled orders one run starts at most; the next run takes the rest. */
    static final int LIMIT = 100;

    private final StalledOrders stalled;
    private final OrderRepository orders;
    private final WorkflowStarter workflow;
    private final Clock clock;

    public StartStalledOrders(StalledOrders stalled, OrderRepository orders, WorkflowStarter workflow, Clock clock) {
        this.stalled = stalled;
        this.orders = orders;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What one run found and started; {@code failed}: starts refused by Step Functions (the lease was given back). */
    public record Report(int found, List<String> started, List<String> failed) {
        public Report {
            started = List.copyOf(started);
            failed = List.copyOf(failed);
        }
    }

    public Report execute() {
        Instant now = clock.instant();
        // Older than two leases: the creator's lease has run out, and a retry of the key had its chance.
        List<String> candidates = stalled.neverStarted(now.minus(WorkflowStartLease.DURATION.multipliedBy(2)), LIMIT);
        List<String> started = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String orderId : candidates) {
            if (!orders.claimWorkflowStart(orderId, now)) {
                continue; // accepted, moved on, or leased by a retry meanwhile
            }
            Optional<Order> order = orders.find(orderId).filter(o -> o.status() == OrderStatus.RECEIVED && o.acceptedAt() == null);
            if (order.isEmpty()) {
                continue;
            }
            try {
                workflow.start(order.get());
                started.add(orderId);
            } catch (RuntimeException startFailed) {
                orders.releaseWorkflowStart(orderId);
                failed.add(orderId);
            }
        }
        return new Report(candidates.size(), started, failed);
    }
}
