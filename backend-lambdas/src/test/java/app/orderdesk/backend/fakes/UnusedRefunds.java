package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link RefundRepository} whose every call fails: a test overrides only what the code under test may use, so a
 * call it should not make shows up as an error instead of a quiet default.
 */
public abstract class UnusedRefunds implements RefundRepository {

    @Override
    public OrderRefunds find(String orderId) {
        throw unused();
    }

    @Override
    public ApplyOutcome apply(Order order, Refund refund) {
        throw unused();
    }

    @Override
    public boolean claimWork(String orderId, String refundId, Instant now, Duration stale) {
        throw unused();
    }

    @Override
    public void markFinished(String orderId, String refundId, Instant at) {
        throw unused();
    }

    @Override
    public void markRefunded(String orderId, String refundId, String gatewayRefundId) {
        throw unused();
    }

    @Override
    public void markCredited(String orderId, String refundId) {
        throw unused();
    }

    @Override
    public void markRefused(String orderId, Refund refund, String why) {
        throw unused();
    }

    @Override
    public Optional<OrderStatus> statusFollowsRefunds(String orderId, Instant at) {
        throw unused();
    }

    @Override
    public void markCreditNote(String orderId, String refundId, String creditNoteKey) {
        throw unused();
    }

    @Override
    public void markEmailed(String orderId, String refundId, Instant at) {
        throw unused();
    }

    @Override
    public void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode followUpCode) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the code under test");
    }
}
