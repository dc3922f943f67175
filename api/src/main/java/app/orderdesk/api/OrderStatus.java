package app.orderdesk.api;

/** Where an order stands; the order record always carries one of these. */
public enum OrderStatus {
    RECEIVED, RESERVED, PAID, FULFILLED, RECEIPT_READY, COMPLETED,
    REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED,
    /** Some of a completed order's lines or quantities were refunded. */
    PARTIALLY_REFUNDED,
    /** Everything a completed order charged was refunded. */
    REFUNDED;

    /** True once the workflow can no longer move the order. */
    public boolean isFinal() {
        return switch (this) {
            case COMPLETED, REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED -> true;
            default -> false;
        };
    }
}
