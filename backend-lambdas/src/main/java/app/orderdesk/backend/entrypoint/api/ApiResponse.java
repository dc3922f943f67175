package app.orderdesk.backend.entrypoint.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The Lambda proxy response API Gateway turns into an HTTP response. */
public record ApiResponse(
        int statusCode,
        Map<String, String> headers,
        String body,
        @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

    static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json", "Cache-Control", "no-store");

    static ApiResponse json(int status, String body) {
        return new ApiResponse(status, JSON_HEADERS, body, false);
    }
}
