package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.PaymentGateway;
import app.orderdesk.backend.port.PaymentGateway.PaymentResult;
import java.time.Clock;

/**
 * Workflow step 4: charges the reserved order once. The order id is the gateway's idempotency key
 * and the payment is recorded only if none was, so a redelivered step never charges twice. Before
 * charging it claims the order with a write conditional on RESERVED, which also shuts out a cancel.
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
        Order order = OrderLoader.load(orders, orderId);
        if (order.isPaid() || order.status().hasReached(OrderStatus.PAID)) {
            return TaskResult.of(order);
        }
        OrderLoader.requireNotEnded(order);
        if (order.status() != OrderStatus.RESERVED) {
            throw new IllegalStateException("Order " + orderId + " is " + order.status() + "; stock must be reserved before payment");
        }
        if (order.paymentToken() == null || order.paymentToken().isBlank()) {
            throw new PaymentDeclinedException("The order has no payment details");
        }
        if (!orders.claimPayment(orderId, clock.instant())) {
            // Lost a race (cancelled, or another delivery paid it): never charge an order that is not RESERVED.
            Order now = OrderLoader.reload(orders, order);
            if (now.isPaid() || now.status().hasReached(OrderStatus.PAID)) {
                return TaskResult.of(now);
            }
            OrderLoader.requireNotEnded(now);
            throw new IllegalStateException("Order " + orderId + " is " + now.status() + "; stock must be reserved before payment");
        }
        PaymentResult result = gateway.charge(orderId, order.paymentToken(), order.total());
        return switch (result) {
            case PaymentResult.Approved approved -> {
                orders.update(OrderUpdate.moveTo(orderId, OrderStatus.PAID, clock.instant()).withPaymentId(approved.paymentId()));
                yield TaskResult.of(OrderLoader.reload(orders, order));
            }
            case PaymentResult.Declined declined -> throw new PaymentDeclinedException(declined.reason());
            case PaymentResult.Unavailable unavailable -> throw new PaymentProcessingException(unavailable.reason());
        };
    }
}
