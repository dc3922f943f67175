package app.orderdesk.api;

import java.time.Instant;
import java.util.List;

/**
 * A refund of an order as the API shows it. {@code state}: PENDING (recorded on the order, money not
 * yet back), REFUNDED (the gateway gave it back), REFUSED (the gateway refused; nothing refunded) or
 * CREDITED (the order is paid on invoice / on delivery: no charge was taken, so the amount comes off what
 * the customer owes, or the store pays it back by hand).
 * {@code followUp} says in words what support still has to do (e.g. the credit note email failed).
 */
public record RefundView(
        String refundId,
        String orderId,
        String state,
        String reason,
        String note,
        List<RefundLineView> lines,
        long amountCents,
        String currency,
        String refundedBy,
        Instant createdAt,
        boolean creditNoteAvailable,
        Instant emailSentAt,
        String followUp) {}
