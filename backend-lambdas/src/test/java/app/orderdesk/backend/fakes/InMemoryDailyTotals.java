package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.DailyTotalsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link DailyTotalsStore} in memory; kept honest by DailyTotalsStoreContract. */
public final class InMemoryDailyTotals implements DailyTotalsStore {

    private final Map<String, Set<String>> placed = new HashMap<>();
    private final Map<String, Set<String>> placedBy = new HashMap<>();
    private final Map<String, Map<String, Outcome>> outcomes = new HashMap<>();
    private final Map<String, Map<String, Long>> refunds = new HashMap<>();

    @Override
    public synchronized void recordPlaced(String day, String orderId, String actor) {
        placed.computeIfAbsent(day, d -> new HashSet<>()).add(orderId);
        placedBy.computeIfAbsent(day + "|" + actor, d -> new HashSet<>()).add(orderId);
    }

    @Override
    public synchronized void recordOutcome(Outcome outcome) {
        outcomes.computeIfAbsent(outcome.day(), d -> new LinkedHashMap<>()).put(outcome.orderId(), outcome);
    }

    @Override
    public synchronized void recordRefund(String day, String refundId, long amountCents) {
        refunds.computeIfAbsent(day, d -> new HashMap<>()).put(refundId, amountCents);
    }

    @Override
    public synchronized List<DayTotals> read(Collection<String> days) {
        List<DayTotals> out = new ArrayList<>();
        for (String day : days) {
            Map<OrderStatus, Long> ended = new EnumMap<>(OrderStatus.class);
            Map<String, long[]> sales = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            long revenue = 0;
            for (Outcome o : outcomes.getOrDefault(day, Map.of()).values()) {
                ended.merge(o.status(), 1L, Long::sum);
                if (o.status() == OrderStatus.COMPLETED) {
                    revenue += o.revenueCents();
                    for (LineSale l : o.lines()) {
                        long[] s = sales.computeIfAbsent(l.productId(), id -> new long[2]);
                        s[0] += l.units();
                        s[1] += l.revenueCents();
                        names.put(l.productId(), l.name());
                    }
                }
            }
            List<DayTotals.ProductSales> products = new ArrayList<>();
            sales.forEach((id, s) -> products.add(new DayTotals.ProductSales(id, names.get(id), s[0], s[1])));
            Map<String, Long> refunded = refunds.getOrDefault(day, Map.of());
            out.add(new DayTotals(day, placed.getOrDefault(day, Set.of()).size(), ended, revenue, products,
                    refunded.size(), refunded.values().stream().mapToLong(Long::longValue).sum()));
        }
        return out;
    }

    @Override
    public synchronized Set<String> placedBy(String day, String actor) {
        return Set.copyOf(placedBy.getOrDefault(day + "|" + actor, Set.of()));
    }
}
