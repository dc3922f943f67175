package app.orderdesk.api;

/** One requested line; {@code quantity} is boxed so a missing value can be reported by name. */
public record OrderLineRequest(String productId, Integer quantity) {}
