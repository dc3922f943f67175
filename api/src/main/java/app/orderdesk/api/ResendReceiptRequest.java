package app.orderdesk.api;

/** Optional body of POST /orders/{id}/receipt/email: a corrected address; the order's email when null. */
public record ResendReceiptRequest(String email) {}
