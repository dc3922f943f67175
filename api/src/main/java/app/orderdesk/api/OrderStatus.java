package app.orderdesk.api;

/** Where an order stands; the order record always carries one of these. */
public enum OrderStatus {
    RECEIVED, RESERVED, PAID, FULFILLED, RECEIPT_READY, COMPLETED,
    REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED;

    /** True once the workflow can no longer move the order. */
    public boolean isFinal() {
        return switch (this) {
            case COMPLETED, REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED -> true;
            default -> false;
        };
    }
}
