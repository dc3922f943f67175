package app.orderdesk.backend.errors;

/**
 * A dependency (network, throttling, a 5xx) failed in a way worth retrying; the workflow's Retry
 * matches this class by its fully-qualified name and the API answers 503.
 */
public class TransientFailureException extends RuntimeException {
    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
