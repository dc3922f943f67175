package app.orderdesk.backend.errors;

/**
 * A request to a dependency went out and no answer came back (a timeout, a connection reset): it may have been
 * carried out. Unlike a refusal, nothing may be undone on the assumption that it was not (ADR 0086).
 */
public final class OutcomeUnknownException extends TransientFailureException {
    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
