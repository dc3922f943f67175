package app.orderdesk.api;

/**
 * A priced order line as stored; amounts in minor units (cents). {@code taxRateBasisPoints}: the rate the
 * line was placed at (null on orders placed before rates were recorded).
 */
public record OrderLineView(String productId, String sku, String name, int quantity, long unitPriceCents, long lineTotalCents,
                            Integer taxRateBasisPoints) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public OrderLineView {}

    /** Without a recorded rate. */
    public OrderLineView(String productId, String sku, String name, int quantity, long unitPriceCents, long lineTotalCents) {
        this(productId, sku, name, quantity, unitPriceCents, lineTotalCents, null);
    }
}
