package app.orderdesk.backend.errors;

/** The card issuer declined the payment; the workflow releases the stock and ends the order PAYMENT_DECLINED. */
public class PaymentDeclinedException extends RuntimeException {
    public PaymentDeclinedException(String reason) {
        super(reason);
    }
}
