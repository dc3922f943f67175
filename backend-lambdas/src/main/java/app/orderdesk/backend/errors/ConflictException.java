package app.orderdesk.backend.errors;

/**
 * The request is valid but the resource's current state forbids it (API: 409); {@code code} is the
 * API error code (NOT_CANCELLABLE, RECEIPT_NOT_READY, INSUFFICIENT_STOCK, IDEMPOTENCY_CONFLICT) and
 * the message, written for people, says why.
 */
public class ConflictException extends RuntimeException {
    private final String code;
    private final String field;

    public ConflictException(String code, String message) {
        this(code, null, message);
    }

    /** A conflict about one field of the request (a SKU in use): the API names it in {@code details}. */
    public ConflictException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** The request field the conflict is about, or null. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
