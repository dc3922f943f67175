package app.orderdesk.backend.domain;

import java.util.Map;

/**
 * A product's stock: {@code available} can still be sold, {@code reservations} holds what each
 * in-flight order has taken out of it (already deducted from {@code available}).
 */
public record StockLevel(Product product, long available, Map<String, Long> reservations) {

    public StockLevel {
        reservations = Map.copyOf(reservations);
    }

    public long reserved() {
        return reservations.values().stream().mapToLong(Long::longValue).sum();
    }

    /** At or below the threshold counts as low, so a threshold of 5 flags the fifth-last item. */
    public boolean isLowStock() {
        return available <= product.lowStockThreshold();
    }

    /** True when {@code quantity} more can be reserved without going negative. */
    public boolean canReserve(long quantity) {
        return quantity > 0 && available >= quantity;
    }

    public boolean isReservedBy(String orderId) {
        return reservations.containsKey(orderId);
    }
}
