package app.orderdesk.backend.errors;

/**
 * The caller's role may use the route but not for this request (API: 403), e.g. a refund above the
 * support limit; the message, written for people, says why.
 */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
