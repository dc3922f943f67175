package app.orderdesk.backend.observability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One invocation as an X-Ray subsegment of the function's segment that Lambda records: its name, times, the
 * annotations X-Ray indexes for search ({@code annotation.orderId = "…"}) and, on failure, the exception. Sent
 * when the invocation ends as a segment document to the daemon Lambda runs beside the function ({@link XRayDaemon});
 * the format is X-Ray's documented segment document (ADR 0077). {@link #NONE} when the trace is not recorded.
 */
class TraceSubsegment {

    /** X-Ray keeps a string up to 250 characters in most fields; an exception message is cut well before. */
    static final int MAX_MESSAGE = 500;
    private static final JsonFactory JSON = new JsonFactory();
    private static final HexFormat HEX = HexFormat.of();

    /** Declared after the constants its construction uses. */
    static final TraceSubsegment NONE = new TraceSubsegment() {
        @Override void annotate(String key, String value) {}
        @Override void failed(Throwable failure) {}
        @Override void end() {}
    };

    private final String name;
    private final TraceHeader trace;
    private final String id;
    private final Instant start;
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private Throwable failure;

    private TraceSubsegment() {
        this(null, null);
    }

    private TraceSubsegment(String name, TraceHeader trace) {
        this.name = name;
        this.trace = trace;
        this.id = newId();
        this.start = Instant.now();
    }

    static TraceSubsegment begin(String name, TraceHeader trace) {
        return trace.recordsSubsegments() ? new TraceSubsegment(name, trace) : NONE;
    }

    static String newId() {
        return HEX.toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    void annotate(String key, String value) {
        if (value != null) {
            annotations.put(key, value);
        }
    }

    void failed(Throwable failure) {
        this.failure = failure;
    }

    void end() {
        XRayDaemon.send(document(Instant.now()));
    }

    /** The segment document, as the daemon takes it over UDP: its header line, then the JSON. */
    byte[] document(Instant end) {
        var out = new ByteArrayOutputStream(512);
        out.writeBytes(XRayDaemon.HEADER);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("id", id);
            json.writeStringField("trace_id", trace.traceId());
            json.writeStringField("parent_id", trace.parentId());
            json.writeStringField("type", "subsegment");
            json.writeNumberField("start_time", seconds(start));
            json.writeNumberField("end_time", seconds(end));
            if (!annotations.isEmpty()) {
                json.writeObjectFieldStart("annotations");
                for (Map.Entry<String, String> a : annotations.entrySet()) {
                    json.writeStringField(a.getKey(), a.getValue());
                }
                json.writeEndObject();
            }
            if (failure != null) {
                // An exception that leaves the handler: the API answers 5xx, a task's Retry/Catch sees it.
                json.writeBooleanField("fault", true);
                json.writeObjectFieldStart("cause");
                json.writeArrayFieldStart("exceptions");
                json.writeStartObject();
                json.writeStringField("id", newId());
                json.writeStringField("type", failure.getClass().getName());
                json.writeStringField("message", bounded(String.valueOf(failure.getMessage())));
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    private static String bounded(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }
}
