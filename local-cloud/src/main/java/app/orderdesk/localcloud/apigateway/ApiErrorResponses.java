package app.orderdesk.localcloud.apigateway;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.ApiJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

/** The gateway's own answers (401, 404, 413, 429, 502) in the API's one error shape. */
final class ApiErrorResponses {

    private static final ObjectMapper JSON = ApiJson.lenient();

    private ApiErrorResponses() {}

    static byte[] body(String code, String message) {
        try {
            return JSON.writeValueAsString(ApiError.of(code, message)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
