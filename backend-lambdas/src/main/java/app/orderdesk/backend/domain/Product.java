package app.orderdesk.backend.domain;

import java.util.Objects;

/**
 * A sellable product as Inventory defines it; its price is the only price an order may use.
 * {@code category} ("food", "books") picks the store's tax rate for it; null = the default rate.
 * {@code version} counts the edits made through the API, so an edit can refuse to overwrite one it never saw.
 */
public record Product(String productId, String sku, String name, Money price, long lowStockThreshold, String category,
                      long version) {

    /** A product never edited through the API (version 0: seeded or written before versions existed). */
    public Product(String productId, String sku, String name, Money price, long lowStockThreshold, String category) {
        this(productId, sku, name, price, lowStockThreshold, category, 0);
    }

    /** Without a category (taxed at the store's default rate). */
    public Product(String productId, String sku, String name, Money price, long lowStockThreshold) {
        this(productId, sku, name, price, lowStockThreshold, null);
    }

    public Product {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new IllegalArgumentException("price must not be negative");
        }
        if (lowStockThreshold < 0) {
            throw new IllegalArgumentException("lowStockThreshold must not be negative");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        if (category != null && !ProductCategory.isValid(category)) {
            throw new IllegalArgumentException("category " + ProductCategory.RULE);
        }
    }
}
