package app.orderdesk.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** How an execution ended: output for SUCCEEDED, error and cause (each may be null) for FAILED. */
public record ExecutionResult(ExecutionStatus status, JsonNode output, String error, String cause) {

    public static ExecutionResult succeeded(JsonNode output) {
        return new ExecutionResult(ExecutionStatus.SUCCEEDED, output, null, null);
    }

    public static ExecutionResult failed(String error, String cause) {
        return new ExecutionResult(ExecutionStatus.FAILED, null, error, cause);
    }

    public static ExecutionResult of(ExecutionStatus status) {
        return new ExecutionResult(status, null, null, null);
    }
}
