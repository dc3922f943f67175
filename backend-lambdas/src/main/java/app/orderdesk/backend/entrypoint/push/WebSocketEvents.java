package app.orderdesk.backend.entrypoint.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads API Gateway's WebSocket route events and writes the route's answer ({@code {"statusCode": N}}). */
final class WebSocketEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    private WebSocketEvents() {}

    static JsonNode read(InputStream input) throws IOException {
        return JSON.readTree(input);
    }

    static String connectionId(JsonNode event) {
        return event.path("requestContext").path("connectionId").asText(null);
    }

    static void answer(OutputStream output, int statusCode) throws IOException {
        output.write(JSON.writeValueAsBytes(JSON.createObjectNode().put("statusCode", statusCode)));
    }

    /** A two-way route's answer: API Gateway sends {@code body} to the client. */
    static void answer(OutputStream output, int statusCode, String body) throws IOException {
        output.write(JSON.writeValueAsBytes(JSON.createObjectNode().put("statusCode", statusCode).put("body", body)));
    }
}
