package app.orderdesk.api;

/**
 * A product's stock as the API shows it; {@code lowStock} is true at or below its threshold.
 * {@code category} picks the store's tax rate for it (null = the default rate). {@code version} counts the
 * product's edits (0 for a product never edited through the API): an edit names the version it started from.
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
        String category,
        long version) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public InventoryItemView {}

    /** Without a version (a product never edited through the API). */
    public InventoryItemView(String productId, String sku, String name, long priceCents, long available, long reserved,
                             long lowStockThreshold, boolean lowStock, String category) {
        this(productId, sku, name, priceCents, available, reserved, lowStockThreshold, lowStock, category, 0);
    }

    /** Without a category. */
    public InventoryItemView(String productId, String sku, String name, long priceCents, long available, long reserved,
                             long lowStockThreshold, boolean lowStock) {
        this(productId, sku, name, priceCents, available, reserved, lowStockThreshold, lowStock, null, 0);
    }
}
