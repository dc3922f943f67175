package app.orderdesk.localcloud.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The error payload the Lambda Java runtime returns for an unhandled exception. */
final class LambdaErrorPayload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaErrorPayload() {}

    /** {@code errorType} is the exception's class name: that is what Step Functions' Retry and Catch match. */
    static String of(Throwable error, String requestId) {
        return of(error.getClass().getName(), error.getMessage(), requestId, error.getStackTrace());
    }

    static String of(String errorType, String message, String requestId, StackTraceElement[] stack) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("errorMessage", message);
        payload.put("errorType", errorType);
        payload.put("requestId", requestId);
        ArrayNode trace = payload.putArray("stackTrace");
        for (StackTraceElement element : stack) {
            trace.add(element.toString());
        }
        return payload.toString();
    }
}
