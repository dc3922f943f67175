package app.orderdesk.api;

/**
 * Answer (202) of POST /orders/{id}/redrive: the order's status when the answer was made (the redriven
 * workflow moves it on from there) and how many times its workflow has been redriven.
 */
public record RedriveOrderResponse(String orderId, OrderStatus status, int redriveCount) {}
