package app.orderdesk.backend.errors;

/** The payment gateway failed transiently; nothing was charged and the workflow retries the payment. */
public class PaymentProcessingException extends RuntimeException {
    public PaymentProcessingException(String reason) {
        super(reason);
    }
}
