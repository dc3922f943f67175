package app.orderdesk.localcloud.stepfunctions.conformance;

import app.orderdesk.localcloud.stepfunctions.asl.time.ExecutionClock;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The corpus's fake Lambda functions (README section 5.1), keyed by function name. */
public final class StubLambdaBackend implements LambdaBackend {

    private final Map<String, String> behaviours = new HashMap<>();
    private final ExecutionClock clock;

    public StubLambdaBackend(JsonNode lambdaStubs, ExecutionClock clock) {
        this.clock = clock;
        lambdaStubs.forEach(stub -> behaviours.put(stub.get("name").asText(), stub.get("behaviour").asText()));
    }

    @Override
    public LambdaResponse invoke(String functionNameOrArn, String payloadJson) {
        String name = functionName(functionNameOrArn);
        String behaviour = behaviours.get(name);
        if (behaviour == null) {
            return new LambdaResponse.NotFound("arn:aws:lambda:us-east-1:111111111111:function:" + name);
        }
        return switch (behaviour) {
            case "id_function" -> new LambdaResponse.Success(payloadJson);
            case "echo_function" -> new LambdaResponse.Success("{\"Return\": \"HelloWorld\"}");
            case "raise_exception" -> error("Exception", "Some exception was raised.");
            case "raise_custom_exception" -> error("CustomException", "");
            case "return_bytes_str" -> new LambdaResponse.Success("\"HelloWorld!\"");
            case "large_output_string" -> new LambdaResponse.Success("a".repeat(263_168));
            case "wait_60_seconds" -> {
                try {
                    clock.sleep(Duration.ofSeconds(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield new LambdaResponse.Success(payloadJson);
            }
            default -> throw new IllegalArgumentException("unknown stub behaviour " + behaviour);
        };
    }

    /** The Python runtime's error payload, with its spaced separators. */
    private static LambdaResponse error(String type, String message) {
        String payload = "{\"errorMessage\": \"" + message + "\", \"errorType\": \"" + type + "\", \"requestId\": \""
                + UUID.randomUUID() + "\", \"stackTrace\": [\"  File \\\"/var/task/handler.py\\\", line 2, in handler\\n\"]}";
        return new LambdaResponse.FunctionError(type, payload);
    }

    static String functionName(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            String[] parts = nameOrArn.split(":");
            return parts.length > 6 ? parts[6] : nameOrArn;
        }
        return nameOrArn;
    }
}
