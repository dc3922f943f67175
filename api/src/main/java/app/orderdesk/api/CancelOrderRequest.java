package app.orderdesk.api;

/** Optional body of POST /orders/{id}/cancel: why (at most 500 characters), kept on the order. */
public record CancelOrderRequest(String reason) {}
