package app.orderdesk.api;

/** A refunded line: units of one SKU given back, whether they went back to stock, and the amount in cents. */
public record RefundLineView(String productId, String sku, String name, int quantity, boolean restock, long amountCents) {}
