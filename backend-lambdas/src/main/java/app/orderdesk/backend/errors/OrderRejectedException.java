package app.orderdesk.backend.errors;

import app.orderdesk.backend.domain.ReasonCode;

/**
 * The order cannot be fulfilled for a business reason (unknown product, out of stock); the message
 * is a plain-words reason shown to support, and the workflow routes it to RejectOrder by class name.
 */
public class OrderRejectedException extends RuntimeException {
    public OrderRejectedException(String reason) {
        super(reason);
    }

    /** The reason with its stable code tagged in front, so the code crosses the workflow with the message. */
    public OrderRejectedException(ReasonCode code, String reason) {
        super(code.tag(reason));
    }
}
