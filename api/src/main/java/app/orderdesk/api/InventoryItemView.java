package app.orderdesk.api;

/**
 * A product's stock as the API shows it; {@code lowStock} is true at or below its threshold.
 * {@code category} picks the store's tax rate for it (null = the default rate).
 */
public record InventoryItemView(
        String productId,
        String sku,
        String name,
        long priceCents,
        long available,
        long reserved,
        long lowStockThreshold,
        boolean lowStock,
        String category) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public InventoryItemView {}

    /** Without a category. */
    public InventoryItemView(String productId, String sku, String name, long priceCents, long available, long reserved,
                             long lowStockThreshold, boolean lowStock) {
        this(productId, sku, name, priceCents, available, reserved, lowStockThreshold, lowStock, null);
    }
}
