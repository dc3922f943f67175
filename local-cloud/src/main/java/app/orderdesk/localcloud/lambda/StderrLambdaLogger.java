package app.orderdesk.localcloud.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.nio.charset.StandardCharsets;

/** Writes a function's log lines to stderr, tagged with the function and request, as CloudWatch would group them. */
final class StderrLambdaLogger implements LambdaLogger {

    private final String prefix;

    StderrLambdaLogger(String functionName, String requestId) {
        this.prefix = "[" + functionName + " " + requestId.substring(0, 8) + "] ";
    }

    @Override
    public void log(String message) {
        System.err.println(prefix + (message == null ? "" : message.stripTrailing()));
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
