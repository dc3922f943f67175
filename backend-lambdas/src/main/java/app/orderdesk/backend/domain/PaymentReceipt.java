package app.orderdesk.backend.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * ADR 0071: the customer of an order paid on invoice / on delivery paid, as {@code recordedBy} recorded it at
 * {@code recordedAt}; {@code note} (optional) says e.g. the bank transfer's reference. Recorded once per order.
 */
public record PaymentReceipt(Method method, String note, String recordedBy, Instant recordedAt) {

    /** How the money reached the store. */
    public enum Method {
        CASH, BANK_TRANSFER, CARD_ON_DELIVERY, OTHER;

        /** In words, for messages: "bank transfer". */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * The statuses in which an order's payment may be recorded: the order was fulfilled and not everything was
     * credited back (an order still in progress is not owed yet; a REFUNDED one owes nothing; one that ended
     * otherwise was never delivered).
     */
    public static final Set<OrderStatus> COLLECTABLE = EnumSet.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED);

    public PaymentReceipt {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** True when an order may take this record now: paid on delivery, collectable, and none recorded yet. */
    public static boolean mayBeRecordedOn(Order order) {
        return order.paidOnDelivery() && COLLECTABLE.contains(order.status()) && order.paymentReceived() == null;
    }
}
