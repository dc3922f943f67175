package app.orderdesk.api;

import java.util.List;
import java.util.Map;

/**
 * GET /dashboard: how the store's day is going, from the daily totals the workflow keeps. For a
 * manager {@code scope} is STORE; for staff it is MINE (only the orders they placed today, and no
 * store-wide figures: revenue, top products and low stock are empty, and {@code refundsToday} is null).
 */
public record DashboardView(
        String scope,
        String today,
        String currency,
        Map<String, Long> todayByStatus,
        List<DayRevenue> revenueByDay,
        List<ProductSales> topProductsThisWeek,
        List<LowStockItem> lowStock,
        List<AttentionItemView> attention,
        DayRefunds refundsToday) {

    /** The refunds made today (store day), whatever day their orders were placed, and the money they gave back. */
    public record DayRefunds(long count, long amountCents) {}

    /** Orders placed on {@code day} (store day) and the revenue of those that completed. */
    public record DayRevenue(String day, long orders, long completed, long revenueCents) {}

    /** Units and revenue of a product over the last seven days. */
    public record ProductSales(String productId, String name, long units, long revenueCents) {}

    /**
     * A product selling faster than its stock lasts: {@code daysOfCover} is available ÷ average daily
     * units over the last seven days (null when it sold nothing).
     */
    public record LowStockItem(String productId, String name, long available, long lowStockThreshold,
                               double averageDailyUnits, Double daysOfCover) {}
}
