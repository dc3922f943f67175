package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.port.OrderSearch;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Searches the orders of an {@link InMemoryOrderRepository}, newest first; the cursor is the number of orders
 * already handed out. The store day is not known here (it needs the store's zone), so a search by day is refused.
 */
public final class InMemoryOrderSearch implements OrderSearch {

    private final InMemoryOrderRepository orders;

    public InMemoryOrderSearch(InMemoryOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public OrderSlice search(Criteria c) {
        if (c.day() != null) {
            throw new UnsupportedOperationException("the in-memory search has no day index");
        }
        Predicate<Order> matches = o -> (c.orderNumber() == null || c.orderNumber().equals(o.orderNumber()))
                && (c.email() == null || c.email().equals(o.customer().email()))
                && (c.phone() == null || c.phone().equals(o.customer().phone()))
                && (c.status() == null || c.status() == o.status())
                && (c.from() == null || !o.createdAt().isBefore(c.from()))
                && (c.to() == null || o.createdAt().isBefore(c.to()))
                && (!c.paymentOutstanding() || PaymentReceipt.mayBeRecordedOn(o));
        List<Order> found = orders.orders.values().stream().filter(matches)
                .sorted(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId).reversed()).toList();
        int from = c.cursor() == null ? 0 : Integer.parseInt(c.cursor());
        int to = Math.min(found.size(), from + c.limit());
        List<OrderSummary> page = found.subList(from, to).stream().map(o -> new OrderSummary(o.orderId(), o.orderNumber(),
                o.status(), o.customer().email(), o.customer().name(), o.total().cents(), o.total().currency(),
                o.createdAt())).toList();
        return new OrderSlice(page, to < found.size() ? String.valueOf(to) : null);
    }
}
