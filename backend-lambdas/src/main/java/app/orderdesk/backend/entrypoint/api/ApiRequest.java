package app.orderdesk.backend.entrypoint.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** One API call: the event plus the caller, with case-insensitive headers and strict body parsing. */
public record ApiRequest(ApiGatewayEvent event, Caller caller) {

    static final int MAX_BODY_BYTES = 64 * 1024;

    public String header(String name) {
        Map<String, String> headers = event.headers();
        if (headers == null) {
            return null;
        }
        for (var entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    public String pathParameter(String name) {
        return event.pathParameters() == null ? null : event.pathParameters().get(name);
    }

    public String query(String name) {
        return event.queryStringParameters() == null ? null : event.queryStringParameters().get(name);
    }

    /** Parses the body into {@code type}, rejecting unknown members; every failure is a 4xx with the field named. */
    public <T> T body(ObjectMapper strict, Class<T> type) {
        return body(strict, type, MAX_BODY_BYTES);
    }

    /** As {@link #body(ObjectMapper, Class)}, for a route whose body may be larger (a store logo): at most {@code maxBytes}. */
    public <T> T body(ObjectMapper strict, Class<T> type, int maxBytes) {
        byte[] bytes = rawBody();
        if (bytes.length > maxBytes) {
            throw ApiProblem.of(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + maxBytes / 1024 + " KiB.");
        }
        if (!isJson(header("Content-Type"))) {
            throw ApiProblem.of(415, "UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json.");
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "A JSON request body is required.");
        }
        try {
            // Syntax first, binding second: a truncated body is MALFORMED_JSON even when it breaks off inside a field.
            T value = strict.treeToValue(strict.readTree(bytes), type);
            if (value == null) {
                throw ApiProblem.of(400, "MALFORMED_JSON", "The request body must be a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.field("VALIDATION_FAILED", "The request has a member this API does not know.",
                    path(e), "unknown member");
        } catch (StreamReadException e) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "The request body is not valid JSON.");
        } catch (DatabindException e) {
            String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
            if (field.isEmpty()) {
                throw ApiProblem.of(400, "MALFORMED_JSON", "The request body does not have the expected shape.");
            }
            throw ApiProblem.field("VALIDATION_FAILED", "A member has the wrong type.", field, "has the wrong type");
        } catch (JacksonException e) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "The request body is not valid JSON.");
        } catch (java.io.IOException e) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "The request body could not be read.");
        }
    }

    /** A JSON body may come without a Content-Type; with one, it must say JSON (application/json, application/*+json). */
    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return mediaType.equals("application/json") || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    /** The raw body as UTF-8 text (e.g. a CSV upload), at most {@code maxBytes}; empty when there is none. */
    public String text(int maxBytes) {
        byte[] bytes = rawBody();
        if (bytes.length > maxBytes) {
            throw ApiProblem.of(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + maxBytes / 1024 + " KiB.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** True when the request carries a non-blank body (optional JSON bodies). */
    public boolean hasBody() {
        return event.body() != null && !event.body().isBlank();
    }

    private byte[] rawBody() {
        String body = event.body();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.isBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.of(400, "MALFORMED_JSON", "The request body is not valid base64.");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Jackson's reference path as a JSON path such as {@code lines[0].quantity}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
