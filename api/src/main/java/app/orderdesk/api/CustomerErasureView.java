package app.orderdesk.api;

/** DELETE /customers/{id}: the customer record is gone and this many orders lost their personal fields. */
public record CustomerErasureView(String customerId, int ordersAnonymised) {}
