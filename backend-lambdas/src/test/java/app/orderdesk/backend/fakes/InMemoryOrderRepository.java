package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Orders in a map, with the same conditions as the DynamoDB adapter. */
public final class InMemoryOrderRepository implements OrderRepository {

    public final Map<String, Order> orders = new ConcurrentHashMap<>();
    public int writes;

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public synchronized boolean create(Order order) {
        if (orders.containsKey(order.orderId())) {
            return false;
        }
        orders.put(order.orderId(), order);
        writes++;
        return true;
    }

    @Override
    public boolean update(OrderUpdate u) {
        runHook();
        return apply(u);
    }

    private void runHook() {
        Runnable hook = beforeNextWrite;
        if (hook != null) {
            beforeNextWrite = null;
            hook.run();
        }
    }

    private synchronized boolean apply(OrderUpdate u) {
        Order o = orders.get(u.orderId());
        if (o == null || !u.expectedStatuses().contains(o.status()) || (u.paymentId() != null && o.paymentId() != null)) {
            return false;
        }
        orders.put(o.orderId(), new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(),
                u.status() != null ? u.status() : o.status(),
                u.statusReason() != null ? u.statusReason() : o.statusReason(),
                o.idempotencyKey(), o.paymentToken(),
                u.paymentId() != null ? u.paymentId() : o.paymentId(),
                u.receiptKey() != null ? u.receiptKey() : o.receiptKey(),
                u.emailSentAt() != null ? u.emailSentAt() : o.emailSentAt(),
                u.acceptedAt() != null ? u.acceptedAt() : o.acceptedAt(),
                o.createdAt(), u.updatedAt(), o.version() + 1));
        writes++;
        return true;
    }

    @Override
    public boolean claimPayment(String orderId, Instant at) {
        runHook();
        return claim(orderId);
    }

    private synchronized boolean claim(String orderId) {
        Order o = orders.get(orderId);
        if (o == null || o.status() != OrderStatus.RESERVED || o.paymentId() != null) {
            return false;
        }
        paymentClaims.add(orderId);
        writes++;
        return true;
    }

    @Override
    public synchronized boolean cancel(String orderId, String reason, Instant at) {
        Order o = orders.get(orderId);
        if (o == null || !(o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.RESERVED)
                || o.paymentId() != null || paymentClaims.contains(orderId)) {
            return false;
        }
        orders.put(orderId, new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), OrderStatus.CANCELLED,
                reason, o.idempotencyKey(), o.paymentToken(), o.paymentId(), o.receiptKey(), o.emailSentAt(), o.acceptedAt(),
                o.createdAt(), at, o.version() + 1));
        writes++;
        return true;
    }

    /** Orders whose payment was claimed (the DynamoDB item's paymentClaimedAt). */
    public final Set<String> paymentClaims = ConcurrentHashMap.newKeySet();

    /** Runs once just before the next update or payment claim, to stage a race (e.g. a cancel landing mid-step). */
    public volatile Runnable beforeNextWrite;

    public Order get(String orderId) {
        return orders.get(orderId);
    }
}
