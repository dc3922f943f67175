package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderRepository;

/**
 * Workflow step 2: the workflow accepts the order. It writes nothing (ADR 0088): its step and
 * ValidateOrder's are carried in the state ({@code validated}, {@code saved}) and recorded by
 * ReserveStock's write, which also sets {@code acceptedAt} — PlaceOrder stored the very order this
 * state carries a moment ago, and ReserveStock's writes fence everything this step's write used to
 * (an order cancelled meanwhile gets its stock back; a repeat changes nothing). The record is read
 * only when nothing was carried (an execution started with the order id alone).
 */
public final class SaveOrder {

    private final OrderRepository orders;

    public SaveOrder(OrderRepository orders) {
        this.orders = orders;
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
        // Both steps go on with their starts only, so a redelivery answers the same; ReserveStock ends and records them.
        return TaskResult.of(orderId, facts.withStatus(OrderStatus.RECEIVED)).withValidated(in.validated())
                .withSaved(in.started(WorkflowSteps.SAVE));
    }
}
