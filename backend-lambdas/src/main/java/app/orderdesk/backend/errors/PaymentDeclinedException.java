package app.orderdesk.backend.errors;

import app.orderdesk.backend.domain.ReasonCode;

/** The card issuer declined the payment; the workflow releases the stock and ends the order PAYMENT_DECLINED. */
public class PaymentDeclinedException extends RuntimeException {
    public PaymentDeclinedException(String reason) {
        super(reason);
    }

    /** The reason with its stable code tagged in front, so the code crosses the workflow with the message. */
    public PaymentDeclinedException(ReasonCode code, String reason) {
        super(code.tag(reason));
    }
}
