package app.orderdesk.api;

/** A priced order line as stored; amounts in minor units (cents). */
public record OrderLineView(String productId, String sku, String name, int quantity, long unitPriceCents, long lineTotalCents) {}
