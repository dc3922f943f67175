package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Turns an error response body into an {@link ApiError}, inventing a plain message when there is none. */
final class ErrorBodies {

    private ErrorBodies() {}

    static ApiError parse(ObjectMapper json, int status, byte[] body) {
        try {
            ApiError error = json.readValue(body, ApiError.class);
            if (error != null && error.message() != null && !error.message().isBlank()) {
                return error;
            }
        } catch (IOException | RuntimeException ignored) {
            // Proxies and gateways answer with HTML or nothing: fall through to a message by status.
        }
        return ApiError.of("HTTP_" + status, ErrorMessages.forStatus(status));
    }
}
