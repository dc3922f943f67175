package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order repository that announces every status it writes, so the use cases and tasks need no
 * publish call of their own: a status change that did not apply (condition failed) announces nothing.
 * The announcement carries the whole change desks show (status, reason, steps written, receipt, placer).
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
        return create(order, null);
    }

    /** A new order is announced with its placer, so the placer's desks follow it without subscribing to it. */
    @Override
    public boolean create(Order order, String placedBy) {
        boolean created = orders.create(order, placedBy);
        if (created) {
            events.orderChanged(new OrderChange(order.orderId(), placedBy, order.status(), order.statusReason(),
                    order.updatedAt() != null ? order.updatedAt() : Instant.now(), List.of(), order.receiptKey() != null));
        }
        return created;
    }

    /**
     * A write that changes the status or appends a step is announced whole (the write returns the
     * order's reason, receipt and placer, so announcing costs no read); other writes as they are.
     */
    @Override
    public boolean update(OrderUpdate update) {
        if (update.status() == null && update.steps().isEmpty()) {
            return orders.update(update);
        }
        return updateReturningWritten(update).isPresent();
    }

    @Override
    public Optional<Written> updateReturningWritten(OrderUpdate update) {
        Optional<Written> written = orders.updateReturningWritten(update);
        written.filter(w -> w.status() != null).ifPresent(w -> events.orderChanged(new OrderChange(update.orderId(), w.placedBy(),
                w.status(), w.statusReason(), w.statusReasonCode(), update.updatedAt(), update.steps(), w.receiptAvailable())));
        return written;
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

    /**
     * ADR 0071: a recorded payment changes no status, but the desks following the order must show it: announced as
     * the order's bare status, so they read the order again. A refused write announces nothing.
     */
    @Override
    public Optional<Order> recordPaymentReceived(String orderId, PaymentReceipt receipt, String requestKey) {
        Optional<Order> recorded = orders.recordPaymentReceived(orderId, receipt, requestKey);
        recorded.ifPresent(order -> events.orderStatusChanged(orderId, order.status(), receipt.recordedAt()));
        return recorded;
    }

    /** ADR 0072: an undone payment is announced as a recorded one is (the order's bare status); a refused undo is not. */
    @Override
    public Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
        Optional<Order> undone = orders.undoPaymentReceived(orderId, undoneBy, undoneAt, reason, requestKey);
        undone.ifPresent(order -> events.orderStatusChanged(orderId, order.status(), undoneAt));
        return undone;
    }

    @Override
    public boolean paymentRequestSeen(String orderId, String requestKey) {
        return orders.paymentRequestSeen(orderId, requestKey);
    }

    @Override
    public Optional<StoredTimeline> findTimeline(String orderId) {
        return orders.findTimeline(orderId);
    }

    @Override
    public boolean cancel(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        return cancelReturningWritten(orderId, reason, reasonCode, at).isPresent();
    }

    @Override
    public Optional<Written> cancelReturningWritten(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        Optional<Written> cancelled = orders.cancelReturningWritten(orderId, reason, reasonCode, at);
        cancelled.ifPresent(w -> events.orderChanged(new OrderChange(orderId, w.placedBy(), OrderStatus.CANCELLED, w.statusReason(),
                w.statusReasonCode(), at,
                List.of(), w.receiptAvailable())));
        return cancelled;
    }
}
