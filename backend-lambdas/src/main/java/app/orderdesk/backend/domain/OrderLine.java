package app.orderdesk.backend.domain;

import java.util.Objects;

/**
 * One priced line of an order, copied from Inventory when the order was placed, with the tax rate its
 * product's category had then ({@code taxRateBasisPoints}), so a reprint after a settings change shows
 * the same tax. Null on orders placed before rates were recorded: those use the store's current rate.
 */
public record OrderLine(String productId, String sku, String name, int quantity, Money unitPrice, Integer taxRateBasisPoints) {

    /** Without a recorded rate (orders placed before rates were recorded). */
    public OrderLine(String productId, String sku, String name, int quantity, Money unitPrice) {
        this(productId, sku, name, quantity, unitPrice, null);
    }

    public static final int MAX_QUANTITY = 999;

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
        }
    }

    public static OrderLine of(Product product, int quantity) {
        return new OrderLine(product.productId(), product.sku(), product.name(), quantity, product.price());
    }

    /** Priced now, taxed at the rate the store has for the product's category now. */
    public static OrderLine of(Product product, int quantity, StoreSettings store) {
        return new OrderLine(product.productId(), product.sku(), product.name(), quantity, product.price(),
                store.taxRateFor(product.category()));
    }

    /** The rate this line is taxed at: the one recorded at placement, else the store's default rate now. */
    public int taxRate(StoreSettings store) {
        return taxRateBasisPoints != null ? taxRateBasisPoints : store.taxRateBasisPoints();
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    /** How support reads the line in messages: {@code Blue Mug (SKU MUG-BLU)}. */
    public String label() {
        return name + " (SKU " + sku + ")";
    }
}
