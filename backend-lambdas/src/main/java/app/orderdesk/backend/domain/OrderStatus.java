package app.orderdesk.backend.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order lifecycle and which moves are allowed, so a late or repeated step can never drag an
 * order backwards (e.g. COMPLETED back to PAID).
 */
public enum OrderStatus {
    RECEIVED, RESERVED, PAID, FULFILLED, RECEIPT_READY, COMPLETED,
    REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED,
    /** After COMPLETED: some lines or quantities were refunded (refunds never run through the workflow). */
    PARTIALLY_REFUNDED,
    /** After COMPLETED: everything charged was refunded. */
    REFUNDED;

    public boolean isFinal() {
        return switch (this) {
            case COMPLETED, REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED -> true;
            default -> false;
        };
    }

    /** The statuses an order may be in right before it moves to this one. */
    public Set<OrderStatus> allowedPredecessors() {
        return switch (this) {
            case RECEIVED -> EnumSet.noneOf(OrderStatus.class);
            case RESERVED -> EnumSet.of(RECEIVED);
            case PAID -> EnumSet.of(RESERVED);
            case FULFILLED -> EnumSet.of(PAID);
            case RECEIPT_READY -> EnumSet.of(FULFILLED);
            case COMPLETED -> EnumSet.of(RECEIPT_READY);
            case REJECTED, CANCELLED -> EnumSet.of(RECEIVED, RESERVED);
            case PAYMENT_DECLINED -> EnumSet.of(RECEIVED, RESERVED, PAID);
            // A paid order whose stock could not be committed also ends FAILED (support is alerted).
            case FAILED -> EnumSet.of(RECEIVED, RESERVED, PAID);
            case PARTIALLY_REFUNDED -> EnumSet.of(COMPLETED, PARTIALLY_REFUNDED);
            case REFUNDED -> EnumSet.of(COMPLETED, PARTIALLY_REFUNDED);
        };
    }

    public boolean canMoveTo(OrderStatus next) {
        return next.allowedPredecessors().contains(this);
    }

    /** True when this status is {@code step} or lies after it on the happy path (RECEIVED … COMPLETED). */
    public boolean hasReached(OrderStatus step) {
        return isOnHappyPath() && step.isOnHappyPath() && ordinal() >= step.ordinal();
    }

    private boolean isOnHappyPath() {
        return ordinal() <= COMPLETED.ordinal();
    }
}
