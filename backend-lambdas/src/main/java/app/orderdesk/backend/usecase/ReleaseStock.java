package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.PaymentGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Compensation: gives back any charge the payment gateway holds for the order (each exactly once)
 * and every reservation (each exactly once), and ends it as PAYMENT_DECLINED or FAILED with a
 * plain-words reason. No failed order keeps money or stock.
 */
public final class ReleaseStock {

    static final String PAID_BUT_FAILED = FailureReasons.PAYMENT_REFUNDED;

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final PaymentGateway payments;
    private final Clock clock;

    public ReleaseStock(OrderRepository orders, InventoryRepository inventory, PaymentGateway payments, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.payments = payments;
        this.clock = clock;
    }

    public TaskResult execute(String orderId, String outcome, WorkflowError error) {
        return execute(StepInput.of(orderId), outcome, error);
    }

    /** Also records the step that failed and its own in the write that ends the order (see {@link MarkOrder}). */
    public TaskResult execute(StepInput in, String outcome, WorkflowError error) {
        String orderId = in.orderId();
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return TaskResult.missing(orderId);
        }
        Order order = found.get();
        if (order.status().isFinal()) {
            return TaskResult.of(order);
        }
        OrderStatus target = "PAYMENT_DECLINED".equals(outcome) ? OrderStatus.PAYMENT_DECLINED : OrderStatus.FAILED;
        String reason = FailureReasons.describe(error);
        ReasonCode code = FailureReasons.code(error);
        // A charge can land after ProcessPayment timed out, even after this step: the gateway's ledger,
        // asked by the order id (the charge's idempotency key), refunds it and refuses any still on its way.
        PaymentGateway.Reversal reversal = payments.reverse(orderId, reason);
        if (order.isPaid() || reversal.refundedSomething()) {
            target = OrderStatus.FAILED;
            reason = PAID_BUT_FAILED;
            code = FailureReasons.paymentRefundedCode();
        }
        for (OrderLine line : order.lines()) {
            inventory.release(line.productId(), orderId);
        }
        Instant now = clock.instant();
        String ownName = "PAYMENT_DECLINED".equals(outcome) ? "DeclinePayment" : "ReleaseStock";
        var end = OrderUpdate.moveTo(orderId, target, now).withReason(reason, code)
                .withSteps(WorkflowSteps.afterFailure(in, order, error, ownName, now));
        if (!orders.update(end)) {
            return TaskResult.of(OrderLoader.reload(orders, order));
        }
        return TaskResult.of(orderId, CarriedOrder.of(order).withStatus(target));
    }
}
