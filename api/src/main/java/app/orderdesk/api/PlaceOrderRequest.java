package app.orderdesk.api;

import java.util.List;

/** Body of {@code POST /place-order}. Prices are never sent: the server reads them from Inventory. */
public record PlaceOrderRequest(List<OrderLineRequest> lines, CustomerDetails customer, String paymentToken) {}
