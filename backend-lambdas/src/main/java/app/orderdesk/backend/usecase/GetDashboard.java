package app.orderdesk.backend.usecase;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.api.DashboardView.DayRevenue;
import app.orderdesk.api.DashboardView.LowStockItem;
import app.orderdesk.api.DashboardView.ProductSales;
import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderDay;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.DailyTotalsStore;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderSearch;
import app.orderdesk.backend.port.OrderSearch.Criteria;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET /dashboard?days=N: for managers, the store's day (orders by status, revenue per day for N
 * days, top products and low stock over the last week, what needs attention) from the daily totals —
 * today summed from its orders, a closed day from its summary (ADR 0078) — plus a few item reads; never a table scan. Staff see their own day: the status
 * of the orders they placed today, read from the day index.
 */
public final class GetDashboard {

    /**
     * Refunds come after an order's day is counted and never re-count it (ADR 0024), so the store's day counts no order
     * as refunded: those tiles read 0 whatever was refunded (walked, session 23) and are left out; the day's refunds
     * are counted on their own day instead ({@code refundsToday}, ADR 0070). The staff view reads its orders' current
     * statuses and keeps them.
     */
    static final Set<OrderStatus> AFTER_THE_DAY = java.util.EnumSet.of(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 90;
    static final int WEEK = 7;
    static final int TOP = 10;
    /** Products checked for stock cover: the week's best sellers. */
    static final int COVER_CANDIDATES = 25;
    /** Below this many days of cover a product is listed even above its low-stock threshold. */
    static final double COVER_ALERT_DAYS = 7;
    static final String IN_PROGRESS = "IN_PROGRESS";
    private static final int STAFF_PAGES = 10;

    private final DailyTotalsStore totals;
    private final OrderSearch search;
    private final InventoryRepository inventory;
    private final ListAttention attention;
    private final Clock clock;
    private final ZoneId storeZone;

    public GetDashboard(DailyTotalsStore totals, OrderSearch search, InventoryRepository inventory,
                        ListAttention attention, Clock clock, ZoneId storeZone) {
        this.totals = totals;
        this.search = search;
        this.inventory = inventory;
        this.attention = attention;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    /** {@code wholeStore}: the caller is a manager; otherwise only {@code actor}'s own orders today. */
    public DashboardView execute(boolean wholeStore, String actor, String daysRaw) {
        int days = days(daysRaw);
        LocalDate today = OrderDay.today(clock.instant(), storeZone);
        return wholeStore ? store(today, days) : mine(today, actor);
    }

    private static int days(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_DAYS;
        }
        String v = raw.trim();
        if (v.matches("[0-9]{1,3}")) {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_DAYS) {
                return n;
            }
        }
        throw new ValidationFailedException("days", "must be a whole number from 1 to " + MAX_DAYS);
    }

    private DashboardView store(LocalDate today, int days) {
        List<String> wanted = new ArrayList<>();
        for (int i = Math.max(days, WEEK) - 1; i >= 0; i--) {
            wanted.add(today.minusDays(i).toString());
        }
        List<DayTotals> read = totals.read(wanted);
        DayTotals todays = read.getLast();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put(IN_PROGRESS, todays.inProgress());
        for (OrderStatus s : OrderStatus.values()) {
            if (s.isFinal() && !AFTER_THE_DAY.contains(s)) {
                byStatus.put(s.name(), todays.ended().getOrDefault(s, 0L));
            }
        }
        List<DayRevenue> revenue = read.subList(read.size() - days, read.size()).stream()
                .map(d -> new DayRevenue(d.day(), d.placed(), d.ended().getOrDefault(OrderStatus.COMPLETED, 0L), d.revenueCents()))
                .toList();
        List<ProductSales> week = weekSales(read.subList(read.size() - WEEK, read.size()));
        List<AttentionItemView> needs = attention.execute(TOP);
        return new DashboardView("STORE", today.toString(), currencyOf(week), byStatus, revenue,
                week.stream().limit(TOP).toList(), lowStock(week), needs,
                new DashboardView.DayRefunds(todays.refunds(), todays.refundedCents()));
    }

    /** Units and revenue per product summed over the given days, best sellers (by units) first. */
    private static List<ProductSales> weekSales(List<DayTotals> week) {
        Map<String, long[]> sums = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (DayTotals day : week) {
            for (DayTotals.ProductSales p : day.products()) {
                long[] sum = sums.computeIfAbsent(p.productId(), id -> new long[2]);
                sum[0] += p.units();
                sum[1] += p.revenueCents();
                names.put(p.productId(), p.name());
            }
        }
        return sums.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new ProductSales(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(ProductSales::units).reversed().thenComparing(ProductSales::productId))
                .toList();
    }

    /** The week's best sellers whose stock is low or lasts less than a week at the week's pace, shortest cover first. */
    private List<LowStockItem> lowStock(List<ProductSales> week) {
        List<LowStockItem> low = new ArrayList<>();
        for (ProductSales sold : week.stream().limit(COVER_CANDIDATES).toList()) {
            Optional<StockLevel> level = inventory.find(sold.productId());
            if (level.isEmpty()) {
                continue;
            }
            double perDay = sold.units() / (double) WEEK;
            Double cover = perDay > 0 ? Math.round(level.get().available() / perDay * 10) / 10.0 : null;
            if (level.get().isLowStock() || cover != null && cover < COVER_ALERT_DAYS) {
                low.add(new LowStockItem(sold.productId(), level.get().product().name(), level.get().available(),
                        level.get().product().lowStockThreshold(), Math.round(perDay * 100) / 100.0, cover));
            }
        }
        low.sort(Comparator.comparing(LowStockItem::daysOfCover, Comparator.nullsLast(Comparator.naturalOrder())));
        return low;
    }

    private String currencyOf(List<ProductSales> week) {
        if (week.isEmpty()) {
            return null;
        }
        return inventory.findProducts(List.of(week.getFirst().productId())).values().stream()
                .map(p -> p.price().currency()).findFirst().orElse(null);
    }

    private DashboardView mine(LocalDate today, String actor) {
        Set<String> placed = totals.placedBy(today.toString(), actor);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put(IN_PROGRESS, 0L);
        for (OrderStatus s : OrderStatus.values()) {
            if (s.isFinal()) {
                byStatus.put(s.name(), 0L);
            }
        }
        String currency = null;
        String cursor = null;
        int seen = 0;
        for (int page = 0; page < STAFF_PAGES && !placed.isEmpty(); page++) {
            var slice = search.search(new Criteria(null, null, null, null, null, null, Paging.MAX_LIMIT, cursor, today.toString()));
            for (var o : slice.items()) {
                if (placed.contains(o.orderId())) {
                    byStatus.merge(o.status().isFinal() ? o.status().name() : IN_PROGRESS, 1L, Long::sum);
                    currency = o.currency();
                    seen++;
                }
            }
            cursor = slice.cursor();
            if (cursor == null || seen == placed.size()) {
                break;
            }
        }
        return new DashboardView("MINE", today.toString(), currency, byStatus, List.of(), List.of(), List.of(), List.of(), null);
    }
}
