package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.OrderStatus;

/**
 * The one mapping from the domain's order status to the API's. The switch has no default, so a
 * status added to the domain enum does not compile until it is mapped here (and an API status
 * that nothing maps to is caught by {@code OrderStatusMappingTest}).
 */
final class OrderStatusMapping {

    private OrderStatusMapping() {}

    static app.orderdesk.api.OrderStatus toApi(OrderStatus status) {
        return switch (status) {
            case RECEIVED -> app.orderdesk.api.OrderStatus.RECEIVED;
            case RESERVED -> app.orderdesk.api.OrderStatus.RESERVED;
            case PAID -> app.orderdesk.api.OrderStatus.PAID;
            case FULFILLED -> app.orderdesk.api.OrderStatus.FULFILLED;
            case RECEIPT_READY -> app.orderdesk.api.OrderStatus.RECEIPT_READY;
            case COMPLETED -> app.orderdesk.api.OrderStatus.COMPLETED;
            case REJECTED -> app.orderdesk.api.OrderStatus.REJECTED;
            case PAYMENT_DECLINED -> app.orderdesk.api.OrderStatus.PAYMENT_DECLINED;
            case FAILED -> app.orderdesk.api.OrderStatus.FAILED;
            case CANCELLED -> app.orderdesk.api.OrderStatus.CANCELLED;
            case PARTIALLY_REFUNDED -> app.orderdesk.api.OrderStatus.PARTIALLY_REFUNDED;
            case REFUNDED -> app.orderdesk.api.OrderStatus.REFUNDED;
        };
    }
}
