package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderDay;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.DailyTotalsStore;
import app.orderdesk.backend.port.DailyTotalsStore.LineSale;
import app.orderdesk.backend.port.DailyTotalsStore.Outcome;
import app.orderdesk.backend.port.OrderRepository;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Counts how an order ended in the daily totals the dashboard reads. It re-reads the order, so what
 * is counted is what the record says now (a redelivered task or a stale caller cannot count a status
 * the order has left), and the store's counters move idempotently per order.
 */
public final class RecordOrderOutcome {

    private final OrderRepository orders;
    private final DailyTotalsStore totals;
    private final ZoneId storeZone;

    public RecordOrderOutcome(OrderRepository orders, DailyTotalsStore totals, ZoneId storeZone) {
        this.orders = orders;
        this.totals = totals;
        this.storeZone = storeZone;
    }

    /** Returns the status counted, or empty when the order is unknown or has not ended. */
    public Optional<OrderStatus> execute(String orderId) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty() || !found.get().status().isFinal()) {
            return Optional.empty();
        }
        Order order = found.get();
        boolean sold = order.status() == OrderStatus.COMPLETED;
        List<LineSale> lines = sold ? order.lines().stream().map(RecordOrderOutcome::sale).toList() : List.of();
        totals.recordOutcome(new Outcome(OrderDay.of(order.createdAt(), storeZone), order.orderId(), order.status(),
                sold ? order.total().cents() : 0, lines));
        return Optional.of(order.status());
    }

    private static LineSale sale(OrderLine line) {
        return new LineSale(line.productId(), line.name(), line.quantity(), line.lineTotal().cents());
    }
}
