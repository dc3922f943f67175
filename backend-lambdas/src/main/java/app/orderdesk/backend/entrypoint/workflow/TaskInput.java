package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.usecase.WorkflowError;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the workflow passes to a task: always {@code orderId} and {@code executionArn}
 * ({@code $$.Execution.Id}, for the logs and the trace); compensation steps also get {@code status}
 * or {@code outcome} and the caught {@code error}; EmailReceipt gets {@code startedAt}
 * ({@code $$.Execution.StartTime}, for the order latency); MarkOrderFailed gets the whole state
 * data as {@code workflowData}, which holds {@code compensationError} only when a compensation
 * failed. Other members are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskInput(String orderId, String status, String outcome, ErrorPayload error,
                        String executionArn, String startedAt, JsonNode workflowData) {

    /** True when the workflow reached this task because a compensation step failed. */
    boolean compensationFailed() {
        return workflowData != null && workflowData.hasNonNull("compensationError");
    }

    /** True for MarkOrderFailed, the last resort after an alert (not itself a compensation). */
    boolean isLastResort() {
        return workflowData != null;
    }

    /** A caught error as Step Functions records it ({@code Error}, {@code Cause}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorPayload(@JsonProperty("Error") String error, @JsonProperty("Cause") String cause) {}

    /** The error with the exception's own message taken out of Lambda's cause JSON; never the stack trace. */
    WorkflowError workflowError(ObjectMapper json) {
        if (error == null) {
            return null;
        }
        String message = null;
        String cause = error.cause();
        if (cause != null && cause.trim().startsWith("{")) {
            try {
                JsonNode node = json.readTree(cause);
                message = node.hasNonNull("errorMessage") ? node.get("errorMessage").asText() : null;
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                message = null;
            }
        }
        return new WorkflowError(error.error(), message);
    }
}
