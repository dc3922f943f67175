package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;

/** The API answered with an error status; {@link #error()} carries its message for people. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient ApiError error;

    public ApiException(int status, ApiError error) {
        super("HTTP " + status + " " + error.code() + ": " + error.message());
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
