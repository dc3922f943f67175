package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores orders; every write is conditional so concurrent or repeated steps cannot corrupt the record. */
public interface OrderRepository {

    Optional<Order> find(String orderId);

    /**
     * Writes a new order unless one with its id exists; returns false when it already existed. The new
     * order's workflow start is leased to its creator until {@link WorkflowStartLease#until} its creation.
     */
    boolean create(Order order);

    /**
     * Takes the lease to start the order's workflow again, only while the order is RECEIVED, not accepted
     * by the workflow, and nobody holds an unexpired lease; false when refused (nothing changed).
     */
    default boolean claimWorkflowStart(String orderId, Instant at) {
        throw new UnsupportedOperationException("claimWorkflowStart is not supported by " + getClass().getName());
    }

    /** Gives the start lease back (the start failed), so the caller's retry may start the workflow at once. */
    default void releaseWorkflowStart(String orderId) {
        throw new UnsupportedOperationException("releaseWorkflowStart is not supported by " + getClass().getName());
    }

    /** Applies the update if its conditions hold; returns false when they did not (nothing changed). */
    boolean update(OrderUpdate update);

    /**
     * {@link #create(Order)}, recording who placed the order ({@code placedBy}: the Cognito subject), so
     * its changes can be pushed to that user's desks (a store that keeps no placer ignores it).
     */
    default boolean create(Order order, String placedBy) {
        return create(order);
    }

    /**
     * {@link #update}, answering what the write left in the order that desks show; empty when the
     * conditions did not hold. A store that can return the item from the write does so (no read).
     */
    default Optional<Written> updateReturningWritten(OrderUpdate update) {
        if (!update(update)) {
            return Optional.empty();
        }
        return Optional.of(find(update.orderId()).map(Written::of)
                .orElseGet(() -> new Written(update.status(), update.statusReason(), update.statusReasonCode(), null,
                        update.receiptKey() != null)));
    }

    /** {@link #cancel}, answering what the write left in the order; empty when refused. */
    default Optional<Written> cancelReturningWritten(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        if (!cancel(orderId, reason, reasonCode, at)) {
            return Optional.empty();
        }
        return Optional.of(find(orderId).map(Written::of)
                .orElseGet(() -> new Written(OrderStatus.CANCELLED, reason, reasonCode, null, false)));
    }

    /**
     * The order as a write left it, as far as desks show it; {@code placedBy} null when not recorded,
     * {@code status} null only when a store could not tell (nothing is then announced).
     */
    record Written(OrderStatus status, String statusReason, ReasonCode statusReasonCode, String placedBy, boolean receiptAvailable) {
        static Written of(Order order) {
            return new Written(order.status(), order.statusReason(), order.statusReasonCode(), null, order.receiptKey() != null);
        }
    }

    /**
     * Marks that payment is starting, only while the order is RESERVED and unpaid; from then on the
     * order can no longer be cancelled. False when the order is not RESERVED (e.g. it was cancelled).
     * (Default methods only so read-only test doubles need not implement the writes.)
     */
    default boolean claimPayment(String orderId, Instant at) {
        throw new UnsupportedOperationException("claimPayment is not supported by " + getClass().getName());
    }

    /**
     * Moves the order to CANCELLED only while it is RECEIVED or RESERVED and no payment was claimed or
     * recorded; false when that no longer holds (nothing changed).
     */
    default boolean cancel(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        throw new UnsupportedOperationException("cancel is not supported by " + getClass().getName());
    }

    /**
     * Marks that {@code claimant} (a workflow execution) is sending the receipt email, only while no email
     * was sent and no other claimant marked it; the same claimant may mark again (its own retry). The order
     * workflow is EXPRESS, at least once: a duplicate execution finds the mark and sends nothing (ADR 0018).
     * False when refused (nothing changed).
     */
    default boolean claimEmail(String orderId, String claimant, Instant at) {
        throw new UnsupportedOperationException("claimEmail is not supported by " + getClass().getName());
    }

    /**
     * {@link #claimPayment}, answering the order as the claim left it (one conditional write that
     * returns the item, so the payment step needs no read first); empty when the claim was refused.
     */
    default Optional<Order> claimPaymentReturningOrder(String orderId, Instant at) {
        return claimPayment(orderId, at) ? find(orderId) : Optional.empty();
    }

    /**
     * ADR 0071: stores {@code receipt} on the order (and moves {@code updatedAt} to its time) in one conditional write,
     * only while the order exists, is paid on delivery, is in a {@link PaymentReceipt#COLLECTABLE} status and has no
     * payment recorded; answers the order the write left, empty when refused (nothing changed; the caller reads why).
     */
    default Optional<Order> recordPaymentReceived(String orderId, PaymentReceipt receipt) {
        return recordPaymentReceived(orderId, receipt, null);
    }

    /**
     * As above; {@code requestKey} (null: none) is the request's Idempotency-Key (ADR 0085): the write is also refused
     * when that key already recorded or undid a payment of this order, and stores it when it goes through.
     */
    default Optional<Order> recordPaymentReceived(String orderId, PaymentReceipt receipt, String requestKey) {
        throw new UnsupportedOperationException("recordPaymentReceived is not supported by " + getClass().getName());
    }

    /**
     * ADR 0072: undoes the payment recorded on the order in one conditional write, only while the order exists and has
     * one: the record moves to {@link Order#paymentUndone} with who undid it, when (also the order's {@code updatedAt})
     * and why, replacing any earlier undo; answers the order the write left, empty when refused (nothing changed).
     */
    default Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason) {
        return undoPaymentReceived(orderId, undoneBy, undoneAt, reason, null);
    }

    /** As above, with the request's Idempotency-Key as for {@link #recordPaymentReceived(String, PaymentReceipt, String)}. */
    default Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
        throw new UnsupportedOperationException("undoPaymentReceived is not supported by " + getClass().getName());
    }

    /** ADR 0085: whether {@code requestKey} already recorded or undid a payment of this order (a consistent read). */
    default boolean paymentRequestSeen(String orderId, String requestKey) {
        throw new UnsupportedOperationException("paymentRequestSeen is not supported by " + getClass().getName());
    }

    /** What the timeline route needs of an order: its status and the steps its workflow recorded. */
    record StoredTimeline(String orderId, OrderStatus status, String statusReason, Instant acceptedAt, List<WorkflowStep> steps) {
        public StoredTimeline {
            steps = List.copyOf(steps);
        }
    }

    /** The order's status and timeline (one read of only those attributes); empty when there is no such order. */
    default Optional<StoredTimeline> findTimeline(String orderId) {
        throw new UnsupportedOperationException("findTimeline is not supported by " + getClass().getName());
    }
}
