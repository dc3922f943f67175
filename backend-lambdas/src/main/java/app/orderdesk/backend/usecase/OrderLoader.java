package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.ReceiptSources;

/** Loads the order a workflow step acts on; the stored record, not the step's input, is the truth. */
final class OrderLoader {

    private OrderLoader() {}

    static Order load(OrderRepository orders, String orderId) {
        return orders.find(requireId(orderId))
                .orElseThrow(() -> notFound(orderId));
    }

    private static OrderRejectedException notFound(String orderId) {
        return new OrderRejectedException(ReasonCode.of(ReasonCode.ORDER_NOT_FOUND), "Order " + orderId + " does not exist");
    }

    /** The order and the store's settings, read together, for the receipt steps. */
    static ReceiptSources.Sources loadWithSettings(ReceiptSources sources, String orderId) {
        return sources.find(requireId(orderId))
                .orElseThrow(() -> notFound(orderId));
    }

    /** The workflow input's order id; a step without one rejects the order. */
    static String requireId(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new OrderRejectedException(ReasonCode.of(ReasonCode.ORDER_NOT_FOUND), "The workflow input has no order id");
        }
        return orderId;
    }

    /** Stops a forward step on an order that already ended (cancelled, rejected, failed, declined). */
    static void requireNotEnded(Order order) {
        if (order.status().isFinal() && order.status() != OrderStatus.COMPLETED) {
            String reason = order.statusReason() != null ? order.statusReason()
                    : "The order is already " + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            ReasonCode code = order.statusReason() != null && order.statusReasonCode() != null ? order.statusReasonCode()
                    : ReasonCode.of(ReasonCode.ORDER_ENDED_MEANWHILE, "status", order.status().name());
            throw new OrderRejectedException(code, reason);
        }
    }

    /** Re-reads after a conditional write lost a race, so the step answers with what is really stored. */
    static Order reload(OrderRepository orders, Order stale) {
        return orders.find(stale.orderId()).orElse(stale);
    }
}
