package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.PaymentGateway;
import java.time.Clock;
import java.time.Instant;
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
        return execute(StepInput.of(orderId), status, error);
    }

    /**
     * Also records, in the same write, the step that failed (from the state the workflow carried) and
     * this handler's own step — and for the last resort the failed compensation and its alert, which
     * never reach a task of their own. It reads the order first: its status decides what may change.
     */
    public TaskResult execute(StepInput in, OrderStatus status, WorkflowError error) {
        String orderId = in.orderId();
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return TaskResult.missing(orderId);
        }
        Order order = found.get();
        if (status == null) {
            return addFollowUpNote(in, order, error);
        }
        if (order.status().isFinal() || !order.status().canMoveTo(status)) {
            return TaskResult.of(order);
        }
        String reason = FailureReasons.describe(error);
        ReasonCode code = FailureReasons.code(error);
        if (status == OrderStatus.FAILED && payments.reverse(orderId, reason).refundedSomething()) {
            reason = FailureReasons.PAYMENT_REFUNDED;
            code = FailureReasons.paymentRefundedCode();
        }
        Instant now = clock.instant();
        var end = OrderUpdate.moveTo(orderId, status, now).withReason(reason, code)
                .withSteps(WorkflowSteps.afterFailure(in, order, error, defaultName(status, in), now));
        if (!orders.update(end)) {
            return TaskResult.of(OrderLoader.reload(orders, order));
        }
        return TaskResult.of(orderId, CarriedOrder.of(order).withStatus(status));
    }

    private static String defaultName(OrderStatus status, StepInput in) {
        if (in.lastResort()) {
            return "MarkOrderFailed";
        }
        return status == OrderStatus.REJECTED ? "RejectOrder" : "FailOrder";
    }

    private TaskResult addFollowUpNote(StepInput in, Order order, WorkflowError error) {
        if (FailureReasons.RECEIPT_FOLLOW_UP.equals(order.statusReason()) || order.status().isFinal()) {
            return TaskResult.of(order);
        }
        var open = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.RESERVED, OrderStatus.PAID,
                OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY);
        Instant now = clock.instant();
        var note = new OrderUpdate(order.orderId(), open, null, null,
                null, null, null, null, now).withReason(FailureReasons.RECEIPT_FOLLOW_UP, FailureReasons.receiptFollowUpCode()).withSteps(WorkflowSteps.afterFailure(in, order, error, "FlagFollowUp", now));
        if (!orders.update(note)) {
            return TaskResult.of(OrderLoader.reload(orders, order));
        }
        return TaskResult.of(order);
    }
}
