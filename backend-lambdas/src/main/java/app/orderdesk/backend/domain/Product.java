package app.orderdesk.backend.domain;

import java.util.Objects;

/**
 * A sellable product as Inventory defines it; its price is the only price an order may use.
 * {@code category} ("food", "books") picks the store's tax rate for it; null = the default rate.
 */
public record Product(String productId, String sku, String name, Money price, long lowStockThreshold, String category) {

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
        if (category != null && !ProductCategory.isValid(category)) {
            throw new IllegalArgumentException("category " + ProductCategory.RULE);
        }
    }
}
