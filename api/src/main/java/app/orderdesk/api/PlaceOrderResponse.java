package app.orderdesk.api;

/** Answer of {@code POST /place-order} (HTTP 202): the order is accepted and its workflow started. */
public record PlaceOrderResponse(String orderId, String orderNumber, OrderStatus status) {}
