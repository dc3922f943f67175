package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A refund repository that announces the order status its refunds write (PARTIALLY_REFUNDED,
 * REFUNDED), as {@link NotifyingOrderRepository} does for every
 * other writer: refunds change the order's status on its own item, past the order repository, and
 * the desks following that order must hear of it. The status is read back once after the write
 * (refunds are rare; the write itself decides between partial and full).
 */
public final class NotifyingRefundRepository implements RefundRepository {

    private final RefundRepository refunds;
    private final ChangeEvents events;
    private final Clock clock;

    public NotifyingRefundRepository(RefundRepository refunds, ChangeEvents events, Clock clock) {
        this.refunds = refunds;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public OrderRefunds find(String orderId) {
        return refunds.find(orderId);
    }

    @Override
    public ApplyOutcome apply(Order order, Refund refund) {
        ApplyOutcome outcome = refunds.apply(order, refund);
        if (outcome instanceof ApplyOutcome.Applied) {
            announce(order);
        }
        return outcome;
    }

    /** The gateway's refusal changes the refund's state and amounts, not the order's status: nothing to announce. */
    @Override
    public void markRefused(String orderId, Refund refund, String why) {
        refunds.markRefused(orderId, refund, why);
    }

    @Override
    public java.util.Optional<OrderStatus> statusFollowsRefunds(String orderId, java.time.Instant at) {
        java.util.Optional<OrderStatus> written = refunds.statusFollowsRefunds(orderId, at);
        written.ifPresent(status -> events.orderStatusChanged(orderId, status, clock.instant()));
        return written;
    }

    private void announce(Order order) {
        long refunded = refunds.find(order.orderId()).refundedCents();
        events.orderStatusChanged(order.orderId(), statusAfterRefunds(refunded, order.total().cents()), clock.instant());
    }

    /** The status the refund write leaves: REFUNDED once everything is given back, else PARTIALLY_REFUNDED. */
    static OrderStatus statusAfterRefunds(long refundedCents, long totalCents) {
        return refundedCents >= totalCents ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
    }

    @Override
    public boolean claimWork(String orderId, String refundId, Instant now, Duration stale) {
        return refunds.claimWork(orderId, refundId, now, stale);
    }

    @Override
    public void markFinished(String orderId, String refundId, Instant at) {
        refunds.markFinished(orderId, refundId, at);
    }

    @Override
    public void markRefunded(String orderId, String refundId, String gatewayRefundId) {
        refunds.markRefunded(orderId, refundId, gatewayRefundId);
    }

    @Override
    public void markCredited(String orderId, String refundId) {
        refunds.markCredited(orderId, refundId);
    }

    @Override
    public void markCreditNote(String orderId, String refundId, String creditNoteKey) {
        refunds.markCreditNote(orderId, refundId, creditNoteKey);
    }

    @Override
    public void markEmailed(String orderId, String refundId, Instant at) {
        refunds.markEmailed(orderId, refundId, at);
    }

    @Override
    public void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode followUpCode) {
        refunds.flagFollowUp(orderId, refundId, followUp, followUpCode);
    }
}
