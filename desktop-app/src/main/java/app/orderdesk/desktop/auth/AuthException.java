package app.orderdesk.desktop.auth;

/** Sign-in failed; the message is already worded for people. */
public final class AuthException extends RuntimeException {

    public AuthException(String message) {
        super(message);
    }

    public AuthException(String message, Throwable cause) {
        super(message, cause);
    }
}
