package app.orderdesk.backend.domain;

import java.util.Objects;

/** One priced line of an order, copied from Inventory when the order was placed. */
public record OrderLine(String productId, String sku, String name, int quantity, Money unitPrice) {

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

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    /** How support reads the line in messages: {@code Blue Mug (SKU MUG-BLU)}. */
    public String label() {
        return name + " (SKU " + sku + ")";
    }
}
