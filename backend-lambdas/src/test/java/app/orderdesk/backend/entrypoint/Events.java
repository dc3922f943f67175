package app.orderdesk.backend.entrypoint;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads event JSON from src/test/resources/events and runs it through a handler like the Lambda runtime does. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Events() {}

    public static ObjectNode load(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode invoke(RequestStreamHandler handler, JsonNode event) {
        try {
            var out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response's body, parsed. */
    public static JsonNode body(JsonNode response) {
        try {
            return JSON.readTree(response.get("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
