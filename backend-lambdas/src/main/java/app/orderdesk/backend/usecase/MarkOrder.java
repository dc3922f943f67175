package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.PaymentGateway;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Records how the workflow ended an order: a final status (REJECTED, FAILED) with its reason, or —
 * with no status — a follow-up note on a paid order whose receipt could not be delivered. An order
 * marked FAILED keeps no money: whatever the gateway charged for it is refunded first.
 */
public final class MarkOrder {

    private final OrderRepository orders;
    private final PaymentGateway payments;
    private final Clock clock;

    public MarkOrder(OrderRepository orders, PaymentGateway payments, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.clock = clock;
    }

    public TaskResult execute(String orderId, OrderStatus status, WorkflowError error) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return TaskResult.missing(orderId);
        }
        Order order = found.get();
        if (status == null) {
            return addFollowUpNote(order);
        }
        if (order.status().isFinal() || !order.status().canMoveTo(status)) {
            return TaskResult.of(order);
        }
        String reason = FailureReasons.describe(error);
        if (status == OrderStatus.FAILED && payments.reverse(orderId, reason).refundedSomething()) {
            reason = FailureReasons.PAYMENT_REFUNDED;
        }
        orders.update(OrderUpdate.moveTo(orderId, status, clock.instant()).withReason(reason));
        return TaskResult.of(OrderLoader.reload(orders, order));
    }

    private TaskResult addFollowUpNote(Order order) {
        if (FailureReasons.RECEIPT_FOLLOW_UP.equals(order.statusReason()) || order.status().isFinal()) {
            return TaskResult.of(order);
        }
        var open = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.RESERVED, OrderStatus.PAID,
                OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY);
        orders.update(new OrderUpdate(order.orderId(), open, null, FailureReasons.RECEIPT_FOLLOW_UP,
                null, null, null, null, clock.instant()));
        return TaskResult.of(OrderLoader.reload(orders, order));
    }
}
