package app.orderdesk.backend.errors;

/**
 * The request is valid but the resource's current state forbids it (API: 409); {@code code} is the
 * API error code (NOT_CANCELLABLE, RECEIPT_NOT_READY, INSUFFICIENT_STOCK, IDEMPOTENCY_CONFLICT) and
 * the message, written for people, says why.
 */
public class ConflictException extends RuntimeException {
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
