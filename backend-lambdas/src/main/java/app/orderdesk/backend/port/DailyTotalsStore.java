package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The dashboard's counters, one record per store day. Every write is idempotent per order (a
 * redelivered task or a retried request counts once) and an order that moves from one final status
 * to another (a FAILED order redriven to COMPLETED) is moved between the counters, never counted twice.
 */
public interface DailyTotalsStore {

    /** Counts the order as placed on {@code day} and remembers that {@code placedBy} placed it. */
    void recordPlaced(String day, String orderId, String placedBy);

    /** Counts the order's final status (and, for COMPLETED, its revenue and units) on the day it was placed. */
    void recordOutcome(Outcome outcome);

    /**
     * Counts a refund (its amount in cents) on {@code day}, the store day it was made; once per refund id however
     * often it is recorded (a retried refund request).
     */
    void recordRefund(String day, String refundId, long amountCents);

    /** The totals of the given days, in the order asked; a day with nothing recorded is {@link DayTotals#empty}. */
    List<DayTotals> read(Collection<String> days);

    /** The ids of the orders {@code placedBy} placed on {@code day}. */
    Set<String> placedBy(String day, String placedBy);

    /** An order's end: its day, final status and what it sold. */
    record Outcome(String day, String orderId, OrderStatus status, long revenueCents, List<LineSale> lines) {
        public Outcome {
            if (!status.isFinal()) {
                throw new IllegalArgumentException("only a final status is an outcome: " + status);
            }
            lines = List.copyOf(lines);
        }
    }

    /** One product line of a completed order. */
    record LineSale(String productId, String name, long units, long revenueCents) {}
}
