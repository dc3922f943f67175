package app.orderdesk.backend.domain;

/** Why money went back to a customer; the code support picks in the refund dialog. */
public enum RefundReason {
    CUSTOMER_REQUEST, DAMAGED, WRONG_ITEM, LATE, OTHER
}
