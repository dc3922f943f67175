package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Workflow step 2: records that the workflow accepted the order ({@code acceptedAt}; the status stays
 * RECEIVED) and, in the same conditional write, ValidateOrder's step (carried in the state) and its
 * own. One write and no read when the state carries the order: the record is read only when the
 * write is refused (already accepted, or the order ended meanwhile) or nothing was carried.
 */
public final class SaveOrder {

    private final OrderRepository orders;
    private final Clock clock;

    public SaveOrder(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        String orderId = in.orderId();
        CarriedOrder facts = in.facts();
        if (facts == null) {
            Order order = OrderLoader.load(orders, orderId);
            OrderLoader.requireNotEnded(order);
            if (order.acceptedAt() != null || order.status() != OrderStatus.RECEIVED) {
                return TaskResult.of(order);
            }
            facts = CarriedOrder.of(order);
        }
        Instant now = clock.instant();
        List<WorkflowStep> steps = new ArrayList<>();
        if (in.validated() != null) {
            steps.add(in.validatedStep(now));
        }
        steps.add(in.succeeded(WorkflowSteps.SAVE, now));
        var accept = new OrderUpdate(orderId, Set.of(OrderStatus.RECEIVED), null, null, null, null, null, now, now).withSteps(steps);
        if (!orders.update(accept)) {
            // Refused: accepted before (a redelivery), or the order ended meanwhile (e.g. cancelled).
            Order order = OrderLoader.load(orders, orderId);
            OrderLoader.requireNotEnded(order);
            return TaskResult.of(order);
        }
        return TaskResult.of(orderId, facts.withStatus(OrderStatus.RECEIVED));
    }
}
