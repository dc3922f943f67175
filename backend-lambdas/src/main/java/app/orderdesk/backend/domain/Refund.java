package app.orderdesk.backend.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A refund of part or all of a completed order, stored on the order's own record so that the
 * per-line refunded quantities and the refunds that make them up change in one conditional write.
 * {@code idempotencyKey}/{@code requestHash} tie it to the request that made it; {@code gatewayKey}
 * is the payment gateway's idempotency key for this refund (derived from the request's key);
 * {@code finishedAt} is set once the money, the restock, the credit note and its email were seen to.
 */
public record Refund(
        String refundId,
        String orderId,
        String idempotencyKey,
        String requestHash,
        String gatewayKey,
        State state,
        RefundReason reason,
        String note,
        List<RefundLine> lines,
        Money amount,
        String actor,
        Instant createdAt,
        String gatewayRefundId,
        String creditNoteKey,
        Instant emailSentAt,
        String followUp,
        Instant finishedAt) {

    /**
     * PENDING: recorded on the order, money not back yet; REFUNDED: the gateway gave it back; REFUSED: it did not;
     * CREDITED: the order is paid on invoice / on delivery, so no charge was taken and none is given back through the
     * gateway: the amount comes off what the customer owes, or the store pays it back if they already paid (ADR 0068).
     */
    public enum State { PENDING, REFUNDED, REFUSED, CREDITED }

    public Refund {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(state, "state");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a refund has at least one line");
        }
    }

    /** Units restocked, per product (lines that went back to stock only). */
    public List<RefundLine> restockedLines() {
        return lines.stream().filter(RefundLine::restock).toList();
    }
}
