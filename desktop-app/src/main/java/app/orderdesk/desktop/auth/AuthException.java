package app.orderdesk.desktop.auth;

/** Sign-in failed; the message is already worded for people. */
public final class AuthException extends RuntimeException {

    private enum Kind { REFUSED, UNREACHABLE, SESSION_ENDED }

    private final Kind kind;

    public AuthException(String message) {
        this(message, null, Kind.REFUSED);
    }

    public AuthException(String message, Throwable cause) {
        this(message, cause, Kind.REFUSED);
    }

    private AuthException(String message, Throwable cause, Kind kind) {
        super(message, cause);
        this.kind = kind;
    }

    /** The sign-in service could not be reached (no network): nothing was refused, later may work. */
    public static AuthException unreachable(String message, Throwable cause) {
        return new AuthException(message, cause, Kind.UNREACHABLE);
    }

    /**
     * The pool refused to renew the session (its refresh token expired after its hours, or was revoked): only the
     * password brings it back. The desk asks for it over the window it leaves as it was.
     */
    public static AuthException sessionEnded(String message, Throwable cause) {
        return new AuthException(message, cause, Kind.SESSION_ENDED);
    }

    /**
     * True when the sign-in service could not be reached. An API call whose token needed renewing fails so an hour
     * into an outage: that is the connection's problem, not the order's (the outbox keeps the order; session 31).
     */
    public boolean isUnreachable() {
        return kind == Kind.UNREACHABLE;
    }

    /** True when the session can no longer be renewed without the password (see {@link #sessionEnded}). */
    public boolean isSessionEnded() {
        return kind == Kind.SESSION_ENDED;
    }
}
