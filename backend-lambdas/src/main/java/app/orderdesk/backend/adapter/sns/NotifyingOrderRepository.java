package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Instant;
import java.util.Optional;

/**
 * An order repository that announces every status it writes, so the use cases and tasks need no
 * publish call of their own: a status change that did not apply (condition failed) announces nothing.
 */
public final class NotifyingOrderRepository implements OrderRepository {

    private final OrderRepository orders;
    private final ChangeEvents events;

    public NotifyingOrderRepository(OrderRepository orders, ChangeEvents events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    public Optional<Order> find(String orderId) {
        return orders.find(orderId);
    }

    @Override
    public boolean create(Order order) {
        boolean created = orders.create(order);
        if (created) {
            events.orderStatusChanged(order.orderId(), order.status(), order.updatedAt() != null ? order.updatedAt() : Instant.now());
        }
        return created;
    }

    @Override
    public boolean update(OrderUpdate update) {
        boolean applied = orders.update(update);
        if (applied && update.status() != null) {
            events.orderStatusChanged(update.orderId(), update.status(), update.updatedAt());
        }
        return applied;
    }

    @Override
    public boolean claimPayment(String orderId, Instant at) {
        return orders.claimPayment(orderId, at);
    }

    /** The one-write claim of the order store itself (the default would add a read); the claim changes no status. */
    @Override
    public Optional<Order> claimPaymentReturningOrder(String orderId, Instant at) {
        return orders.claimPaymentReturningOrder(orderId, at);
    }

    /** The email mark changes no status: nothing to announce. */
    @Override
    public boolean claimEmail(String orderId, String claimant, Instant at) {
        return orders.claimEmail(orderId, claimant, at);
    }

    /** The start lease changes no status: nothing to announce. */
    @Override
    public boolean claimWorkflowStart(String orderId, Instant at) {
        return orders.claimWorkflowStart(orderId, at);
    }

    @Override
    public void releaseWorkflowStart(String orderId) {
        orders.releaseWorkflowStart(orderId);
    }

    @Override
    public Optional<StoredTimeline> findTimeline(String orderId) {
        return orders.findTimeline(orderId);
    }

    @Override
    public boolean cancel(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        boolean cancelled = orders.cancel(orderId, reason, reasonCode, at);
        if (cancelled) {
            events.orderStatusChanged(orderId, OrderStatus.CANCELLED, at);
        }
        return cancelled;
    }
}
