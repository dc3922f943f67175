package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Refund;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The refunds of an order, kept on the order's record beside the per-line refunded quantities.
 * {@link #apply} is the guard against refunding more than was sold: one conditional write that adds
 * the refund and raises each line's refunded quantity only while it stays within what was sold, so
 * two agents refunding the same line at once refund it once.
 */
public interface RefundRepository {

    /** What the order has refunded so far; empty when it has no refunds (or does not exist). */
    OrderRefunds find(String orderId);

    /** Adds the refund to the order (status PARTIALLY_REFUNDED, or REFUNDED once everything is given back). */
    ApplyOutcome apply(Order order, Refund refund);

    /**
     * Claims the work that follows the refund (gateway, restock, credit note, email) for one caller,
     * so the same request sent several times at once does it once. Granted when nobody holds it, when
     * the work was finished (a retry redoes only what is left), or when a holder went quiet for
     * {@code stale} (a crashed call).
     */
    boolean claimWork(String orderId, String refundId, Instant now, Duration stale);

    /** The claimed work is done. */
    void markFinished(String orderId, String refundId, Instant at);

    /** The gateway gave the money back. */
    void markRefunded(String orderId, String refundId, String gatewayRefundId);

    /** An order paid on delivery: no charge to give back, the amount is credited against the invoice (ADR 0068). */
    void markCredited(String orderId, String refundId);

    /** The gateway refused: the refund's quantities and amount are given back to the order, once. */
    void markRefused(String orderId, Refund refund, String why);

    /**
     * The order's status follows what stays refunded: REFUNDED when everything, PARTIALLY_REFUNDED when some, COMPLETED
     * when nothing (every refund refused). A refusal gives amounts back without touching the status, and a call that
     * stopped between a refund's write and its status write left it behind; this puts it right, and a repeat changes
     * nothing. Only an order in one of those three statuses is touched. Answers the status written, if one was.
     */
    java.util.Optional<OrderStatus> statusFollowsRefunds(String orderId, Instant at);

    void markCreditNote(String orderId, String refundId, String creditNoteKey);

    void markEmailed(String orderId, String refundId, Instant at);

    /** The credit note could not be emailed: the refund stands; the refund and the order carry a note for support. */
    void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode followUpCode);

    /** The order's refunds, oldest first, and the refunded quantity per line index. */
    record OrderRefunds(List<Refund> refunds, Map<Integer, Integer> refundedByLine, long refundedCents) {
        public OrderRefunds {
            refunds = List.copyOf(refunds);
            refundedByLine = Map.copyOf(refundedByLine);
        }

        public static OrderRefunds none() {
            return new OrderRefunds(List.of(), Map.of(), 0);
        }

        public int refunded(int lineIndex) {
            return refundedByLine.getOrDefault(lineIndex, 0);
        }

        public java.util.Optional<Refund> byId(String refundId) {
            return refunds.stream().filter(r -> r.refundId().equals(refundId)).findFirst();
        }
    }

    /** What one apply did. */
    sealed interface ApplyOutcome {
        record Applied() implements ApplyOutcome {}

        /** A refund with this id is already on the order (a retry, or the same key sent twice at once). */
        record AlreadyApplied() implements ApplyOutcome {}

        /** Nothing changed: the line would be refunded beyond what was sold ({@code alreadyRefunded} units are). */
        record ExceedsSold(int lineIndex, int alreadyRefunded) implements ApplyOutcome {}

        /** Nothing changed: the order is not COMPLETED or PARTIALLY_REFUNDED (any more). */
        record NotRefundable(String status) implements ApplyOutcome {}
    }
}
