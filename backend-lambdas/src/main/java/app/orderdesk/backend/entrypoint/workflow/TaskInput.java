package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.usecase.CarriedOrder;
import app.orderdesk.backend.usecase.StepInput;
import app.orderdesk.backend.usecase.WorkflowError;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the workflow passes to a task: always {@code orderId} and {@code executionArn}
 * ({@code $$.Execution.Id}, for the logs and the trace); compensation steps also get {@code status}
 * or {@code outcome} and the caught {@code error}; EmailReceipt gets {@code startedAt}
 * ({@code $$.Execution.StartTime}, for the order latency); MarkOrderFailed gets the whole state
 * data as {@code workflowData}, which holds {@code compensationError} only when a compensation
 * failed. Every Lambda task also gets its state's {@code step} name, {@code enteredAt} and
 * {@code retryCount} ({@code $$.State}), for the timeline step it records, and the whole state as
 * {@code carried} — what the previous step answered (see {@link CarriedOrder}). The hold states (ADR 0013)
 * get {@code holdFor} (the step that failed). Other members are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskInput(String orderId, String status, String outcome, ErrorPayload error,
                        String executionArn, String startedAt, JsonNode workflowData,
                        String step, String enteredAt, Integer retryCount, JsonNode carried,
                        String holdFor) {

    /** What the use case is handed: the id, the carried facts (when usable) and this step's context. */
    StepInput stepInput(ObjectMapper json) {
        JsonNode state = carried != null ? carried : workflowData;
        return new StepInput(orderId, carriedOrder(json, state), step, retryCount == null ? 0 : retryCount,
                instant(enteredAt), carriedStep(json, state, "validated"), carriedStep(json, state, "saved"), notificationStep(state),
                workflowData == null ? null : errorOf(json, workflowData.get("compensationError")), isLastResort());
    }

    private static CarriedOrder carriedOrder(ObjectMapper json, JsonNode state) {
        if (state == null || !state.hasNonNull("lines")) {
            return null;
        }
        try {
            return json.treeToValue(state, CarriedOrder.class);
        } catch (JsonProcessingException | IllegalArgumentException unusable) {
            return null; // the task reads the record instead
        }
    }

    /** A step an earlier state carried for a later write to record (ValidateOrder's, SaveOrder's). */
    private static WorkflowStep carriedStep(ObjectMapper json, JsonNode state, String member) {
        if (state == null || !state.hasNonNull(member)) {
            return null;
        }
        try {
            return json.treeToValue(state.get(member), WorkflowStep.class);
        } catch (JsonProcessingException | IllegalArgumentException unusable) {
            return null;
        }
    }

    /** SendNotification's outcome: its MessageId and time ({@code ResultSelector}), or the error its Catch kept. */
    private static WorkflowStep notificationStep(JsonNode state) {
        JsonNode n = state == null ? null : state.get("notification");
        if (n == null || !n.isObject()) {
            return null;
        }
        java.time.Instant at = instant(n.path("sentAt").asText(null));
        if (n.hasNonNull("Error")) {
            return WorkflowStep.failed("SendNotification", 1, at, at, n.get("Error").asText(),
                    "The order-paid notification could not be published; the order went on",
                    app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.NOTIFICATION_NOT_PUBLISHED));
        }
        return WorkflowStep.succeeded("SendNotification", 1, at, at);
    }

    private static java.time.Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException notATime) {
            return null;
        }
    }

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
        return error == null ? null : errorOf(error, json);
    }

    private static WorkflowError errorOf(ObjectMapper json, JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return errorOf(new ErrorPayload(node.path("Error").asText(null), node.path("Cause").asText(null)), json);
    }

    private static WorkflowError errorOf(ErrorPayload error, ObjectMapper json) {
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
