package app.orderdesk.desktop.auth;

/** Sign-in failed; the message is already worded for people. */
public final class AuthException extends RuntimeException {

    private final boolean unreachable;

    public AuthException(String message) {
        this(message, null, false);
    }

    public AuthException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private AuthException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** The sign-in service could not be reached (no network): nothing was refused, later may work. */
    public static AuthException unreachable(String message, Throwable cause) {
        return new AuthException(message, cause, true);
    }

    /**
     * True when the sign-in service could not be reached. An API call whose token needed renewing fails so an hour
     * into an outage: that is the connection's problem, not the order's (the outbox keeps the order; session 31).
     */
    public boolean isUnreachable() {
        return unreachable;
    }
}
