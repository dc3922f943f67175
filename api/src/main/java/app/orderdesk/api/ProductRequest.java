package app.orderdesk.api;

/**
 * A manager's new product ({@code POST /inventory}: sku, name, priceCents, optional category and
 * lowStockThreshold) or edit ({@code PUT /inventory/{id}}: name, priceCents, category, lowStockThreshold
 * and the {@code expectedVersion} the edit started from; the SKU never changes). Prices include tax; the
 * category must be one of the store settings' {@code categoryTaxRates} (null or empty = the default rate).
 * Stock is not part of a product: a new product starts at 0, counts come from adjustments or the import.
 */
public record ProductRequest(String sku, String name, Long priceCents, String category, Long lowStockThreshold,
                             Long expectedVersion) {

    public static ProductRequest create(String sku, String name, long priceCents, String category) {
        return new ProductRequest(sku, name, priceCents, category, null, null);
    }

    public static ProductRequest edit(String name, long priceCents, String category, Long lowStockThreshold, long expectedVersion) {
        return new ProductRequest(null, name, priceCents, category, lowStockThreshold, expectedVersion);
    }
}
