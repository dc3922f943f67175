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
 * Counts how an order ended in the daily totals the dashboard reads, idempotently per order. Given
 * only the id it reads the order, so what is counted is what the record says now (a redelivered task
 * or a stale caller cannot count a status the order has left); a task that has just written the final
 * status with a conditional write hands over the record it read and the status it wrote instead, which
 * is the same fact without the second read (issue 11).
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
        return execute(found.get(), found.get().status());
    }

    /**
     * Counts {@code order} as ended in {@code status}: the caller's own conditional write just left it
     * there (its lines, total and day never change). Empty when {@code status} is not final.
     */
    public Optional<OrderStatus> execute(Order order, OrderStatus status) {
        if (status == null || !status.isFinal()) {
            return Optional.empty();
        }
        boolean sold = status == OrderStatus.COMPLETED;
        List<LineSale> lines = sold ? order.lines().stream().map(RecordOrderOutcome::sale).toList() : List.of();
        totals.recordOutcome(new Outcome(OrderDay.of(order.createdAt(), storeZone), order.orderId(), status,
                sold ? order.total().cents() : 0, lines));
        return Optional.of(status);
    }

    private static LineSale sale(OrderLine line) {
        return new LineSale(line.productId(), line.name(), line.quantity(), line.lineTotal().cents());
    }
}
