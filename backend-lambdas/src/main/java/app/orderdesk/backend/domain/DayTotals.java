package app.orderdesk.backend.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counters kept for one store day (orders placed that day): how many were placed, how many ended
 * in each final status, the revenue of those that COMPLETED, and units and revenue per product sold.
 * Orders placed but not yet ended are {@code placed − sum(ended)}. {@code refunds} and {@code refundedCents} count
 * the refunds made that day, whatever day their orders were placed (refunds never re-count an order's day).
 */
public record DayTotals(String day, long placed, Map<OrderStatus, Long> ended, long revenueCents,
                        List<ProductSales> products, long refunds, long refundedCents) {

    public DayTotals {
        ended = ended.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ended));
        products = List.copyOf(products);
    }

    public static DayTotals empty(String day) {
        return new DayTotals(day, 0, Map.of(), 0, List.of(), 0, 0);
    }

    public long inProgress() {
        long done = ended.values().stream().mapToLong(Long::longValue).sum();
        return Math.max(0, placed - done);
    }

    /** Units and revenue of one product on one day (completed orders only). */
    public record ProductSales(String productId, String name, long units, long revenueCents) {}
}
