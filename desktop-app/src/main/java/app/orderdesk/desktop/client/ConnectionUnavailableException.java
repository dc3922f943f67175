package app.orderdesk.desktop.client;

/** The API could not be reached at all (refused, timed out, DNS): the request may be retried. */
public final class ConnectionUnavailableException extends RuntimeException {

    public ConnectionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
