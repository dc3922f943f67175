package app.orderdesk.backend.usecase;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentMethod;
import app.orderdesk.api.PaymentReceivedView;
import app.orderdesk.api.PaymentUndoneView;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.port.RefundRepository.OrderRefunds;

/** Maps stored orders to the API's view; the payment token never leaves the backend. */
final class OrderViews {

    private OrderViews() {}

    static OrderView toView(Order order) {
        var customer = order.customer();
        return new OrderView(
                order.orderId(),
                order.orderNumber(),
                OrderStatusMapping.toApi(order.status()),
                order.statusReason(),
                new CustomerDetails(customer.email(), customer.name(), customer.phone()),
                order.lines().stream().map(l -> new OrderLineView(l.productId(), l.sku(), l.name(), l.quantity(),
                        l.unitPrice().cents(), l.lineTotal().cents(), l.taxRateBasisPoints())).toList(),
                order.total().cents(),
                order.total().currency(),
                order.paymentId(),
                order.receiptKey() != null,
                order.createdAt(),
                order.updatedAt(),
                java.util.List.of(),
                order.statusReasonCode() == null ? null : order.statusReasonCode().code(),
                order.statusReasonCode() == null ? null : order.statusReasonCode().params(),
                paymentMethod(order),
                paymentReceived(order),
                paymentUndone(order));
    }

    /** ADR 0071: the payment recorded for an order paid on delivery (null while outstanding, and for card orders). */
    private static PaymentReceivedView paymentReceived(Order order) {
        var receipt = order.paymentReceived();
        return receipt == null ? null
                : new PaymentReceivedView(CollectionMethods.toApi(receipt.method()), receipt.note(), receipt.recordedBy(), receipt.recordedAt());
    }

    /** ADR 0072: the last payment undone because it was recorded by mistake (null when none ever was). */
    private static PaymentUndoneView paymentUndone(Order order) {
        var undo = order.paymentUndone();
        if (undo == null) {
            return null;
        }
        var receipt = undo.undone();
        return new PaymentUndoneView(CollectionMethods.toApi(receipt.method()), receipt.note(), receipt.recordedBy(),
                receipt.recordedAt(), undo.undoneBy(), undo.undoneAt(), undo.reason());
    }

    /** The kind of payment only: the token stays in the backend. */
    private static PaymentMethod paymentMethod(Order order) {
        if (order.paymentToken() == null || order.paymentToken().isBlank()) {
            return null;
        }
        return order.paidOnDelivery() ? PaymentMethod.ON_DELIVERY : PaymentMethod.CARD;
    }

    static OrderView withRefunds(OrderView view, OrderRefunds refunds) {
        return view.withRefunds(refunds.refunds().stream().map(RefundViews::toView).toList());
    }
}
