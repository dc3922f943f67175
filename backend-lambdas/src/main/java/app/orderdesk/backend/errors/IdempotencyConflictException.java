package app.orderdesk.backend.errors;

/** The idempotency key was already used with a different request body (API: 409). */
public class IdempotencyConflictException extends RuntimeException {
    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used for a different order; use a new key for a new order.");
    }
}
