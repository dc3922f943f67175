package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.PaymentGateway;
import app.orderdesk.backend.port.PaymentGateway.PaymentResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Workflow step 4: charges the reserved order once. The order id is the gateway's idempotency key
 * and the payment is recorded only if none was, so a redelivered step never charges twice. Before
 * charging it claims the order with a write conditional on RESERVED, which also shuts out a cancel;
 * that write returns the order (token and total), so the step reads nothing first. The record is
 * read only when the claim is refused (already paid, cancelled, or not reserved). An order paid on
 * invoice / on delivery is not charged at all: it moves on to PAID with no payment id (ADR 0068).
 */
public final class ProcessPayment {

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final Clock clock;

    public ProcessPayment(OrderRepository orders, PaymentGateway gateway, Clock clock) {
        this.orders = orders;
        this.gateway = gateway;
        this.clock = clock;
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        String orderId = OrderLoader.requireId(in.orderId());
        Optional<Order> claimed = orders.claimPaymentReturningOrder(orderId, clock.instant());
        if (claimed.isEmpty()) {
            // Refused: paid by an earlier delivery, cancelled, or not reserved. Never charge an order that is not RESERVED.
            Order now = OrderLoader.load(orders, orderId);
            if (now.isPaid() || now.status().hasReached(OrderStatus.PAID)) {
                return TaskResult.of(now);
            }
            OrderLoader.requireNotEnded(now);
            throw new IllegalStateException("Order " + orderId + " is " + now.status() + "; stock must be reserved before payment");
        }
        Order order = claimed.get();
        if (order.paymentToken() == null || order.paymentToken().isBlank()) {
            throw new PaymentDeclinedException(ReasonCode.of(ReasonCode.PAYMENT_DETAILS_MISSING), "The order has no payment details");
        }
        if (order.paidOnDelivery()) {
            // Paid on invoice / on delivery (ADR 0068): the store collects later, so no charge and no payment id.
            Instant now = clock.instant();
            orders.update(OrderUpdate.moveTo(orderId, OrderStatus.PAID, now).withSteps(List.of(in.succeeded(WorkflowSteps.PAY, now))));
            return TaskResult.of(orderId, CarriedOrder.of(order).withStatus(OrderStatus.PAID));
        }
        PaymentResult result = gateway.charge(orderId, order.paymentToken(), order.total());
        return switch (result) {
            case PaymentResult.Approved approved -> {
                Instant now = clock.instant();
                orders.update(OrderUpdate.moveTo(orderId, OrderStatus.PAID, now).withPaymentId(approved.paymentId())
                        .withSteps(List.of(in.succeeded(WorkflowSteps.PAY, now))));
                yield TaskResult.of(orderId, CarriedOrder.of(order).withStatus(OrderStatus.PAID));
            }
            case PaymentResult.Declined declined -> throw new PaymentDeclinedException(declined.code(), declined.reason());
            case PaymentResult.Unavailable unavailable -> throw new PaymentProcessingException(unavailable.reason());
        };
    }
}
