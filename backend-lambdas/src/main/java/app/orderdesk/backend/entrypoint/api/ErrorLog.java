package app.orderdesk.backend.entrypoint.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/** Writes an internal failure as one JSON line to stderr (CloudWatch keeps it as one event). */
final class ErrorLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TRACE_LINES = 25;

    private ErrorLog() {}

    static void write(ApiGatewayEvent event, Throwable failure) {
        ObjectNode line = JSON.createObjectNode()
                .put("timestamp", Instant.now().toString())
                .put("level", "ERROR")
                .put("errorType", failure.getClass().getName())
                .put("message", failure.getMessage());
        if (event != null) {
            line.put("httpMethod", event.httpMethod()).put("resource", event.resource());
            if (event.requestContext() != null) {
                line.put("requestId", event.requestContext().requestId());
            }
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        line.put("stackTrace", trace.toString().lines().limit(MAX_TRACE_LINES).collect(java.util.stream.Collectors.joining("\n")));
        System.err.println(line);
    }
}
