package app.orderdesk.api;

/**
 * POST /orders/{id}/payment-received: the customer of an order paid on invoice / on delivery has paid.
 * {@code method} is a {@link CollectionMethod} name; {@code note} (optional, at most 200 characters) says e.g. the
 * transfer's reference.
 */
public record PaymentReceivedRequest(String method, String note) {}
