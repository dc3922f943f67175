package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.usecase.WorkflowError;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the workflow passes to a task: always {@code orderId}; compensation steps also get
 * {@code status} or {@code outcome} and the caught {@code error}. Other members are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskInput(String orderId, String status, String outcome, ErrorPayload error) {

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
