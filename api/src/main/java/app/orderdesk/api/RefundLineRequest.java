package app.orderdesk.api;

/** One line of a refund request: which SKU of the order, how many units, and whether they go back to stock. */
public record RefundLineRequest(String sku, Integer quantity, Boolean restock) {}
