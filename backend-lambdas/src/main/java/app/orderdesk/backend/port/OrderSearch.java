package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * Finds orders, newest first, by one key (order number, customer email, phone, store day, status) or by date
 * alone; the other criteria filter. The cursor is the adapter's own opaque string.
 */
public interface OrderSearch {

    OrderSlice search(Criteria criteria);

    /**
     * What to look for; null fields are not used. {@code from} is inclusive, {@code to} exclusive.
     * {@code cursor} is the {@link OrderSlice#cursor()} of the previous page. {@code day} (yyyy-MM-dd,
     * the store's day the order was placed) is read from the day index, newest first. {@code paymentOutstanding}
     * keeps only the orders paid on delivery whose payment is still owed (ADR 0073: no payment recorded and the
     * status one of {@code PaymentReceipt.COLLECTABLE}); it is a filter, never a key.
     */
    record Criteria(String orderNumber, String email, String phone, OrderStatus status,
                    Instant from, Instant to, int limit, String cursor, String day, boolean paymentOutstanding) {

        public Criteria(String orderNumber, String email, String phone, OrderStatus status,
                        Instant from, Instant to, int limit, String cursor, String day) {
            this(orderNumber, email, phone, status, from, to, limit, cursor, day, false);
        }

        public Criteria(String orderNumber, String email, String phone, OrderStatus status,
                        Instant from, Instant to, int limit, String cursor) {
            this(orderNumber, email, phone, status, from, to, limit, cursor, null);
        }
    }

    /** One found order, as the list shows it. */
    record OrderSummary(String orderId, String orderNumber, OrderStatus status, String customerEmail,
                        String customerName, long totalCents, String currency, Instant createdAt) {}

    /** A page; {@code cursor} is null on the last one. */
    record OrderSlice(List<OrderSummary> items, String cursor) {
        public OrderSlice {
            items = List.copyOf(items);
        }
    }
}
