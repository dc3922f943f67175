package app.orderdesk.backend.errors;

/**
 * The order cannot be fulfilled for a business reason (unknown product, out of stock); the message
 * is a plain-words reason shown to support, and the workflow routes it to RejectOrder by class name.
 */
public class OrderRejectedException extends RuntimeException {
    public OrderRejectedException(String reason) {
        super(reason);
    }
}
