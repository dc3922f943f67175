package app.orderdesk.backend.domain;

import java.util.Objects;

/**
 * Units of one order line given back: {@code lineIndex} is the line's position in the order (the
 * key the order's per-line refunded quantities use), {@code restock} whether the units go back to stock.
 */
public record RefundLine(int lineIndex, String productId, String sku, String name, int quantity, boolean restock, Money amount) {

    public RefundLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        if (quantity < 1) {
            throw new IllegalArgumentException("a refund line gives back at least one unit");
        }
    }

    public static RefundLine of(int lineIndex, OrderLine line, int quantity, boolean restock) {
        return new RefundLine(lineIndex, line.productId(), line.sku(), line.name(), quantity, restock, line.unitPrice().times(quantity));
    }
}
