package app.orderdesk.backend.adapter.sfn;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.WorkflowHistory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Reads the order execution's full history (all pages) and reduces each event to what a timeline needs. */
public final class SfnWorkflowHistory implements WorkflowHistory {

    private static final int MAX_CAUSE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SfnClient sfn;
    private final String stateMachineArn;

    public SfnWorkflowHistory(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public Optional<List<Event>> events(String orderId) {
        String executionArn = ExecutionArns.forOrder(stateMachineArn, orderId);
        try {
            return AwsFailures.call("Step Functions GetExecutionHistory", () -> {
                List<Event> events = new ArrayList<>();
                sfn.getExecutionHistoryPaginator(r -> r.executionArn(executionArn).maxResults(1000))
                        .events().forEach(e -> events.add(toEvent(e)));
                return Optional.of(List.copyOf(events));
            });
        } catch (ExecutionDoesNotExistException notStarted) {
            return Optional.empty();
        }
    }

    static Event toEvent(HistoryEvent e) {
        String stateName = e.stateEnteredEventDetails() != null ? e.stateEnteredEventDetails().name()
                : e.stateExitedEventDetails() != null ? e.stateExitedEventDetails().name() : null;
        String[] failure = failure(e);
        return new Event(e.id() == null ? 0 : e.id(), e.typeAsString(), e.timestamp(), stateName, failure[0], readableCause(failure[1]));
    }

    private static String[] failure(HistoryEvent e) {
        if (e.taskFailedEventDetails() != null) return pair(e.taskFailedEventDetails().error(), e.taskFailedEventDetails().cause());
        if (e.taskTimedOutEventDetails() != null) return pair(e.taskTimedOutEventDetails().error(), e.taskTimedOutEventDetails().cause());
        if (e.taskStartFailedEventDetails() != null) return pair(e.taskStartFailedEventDetails().error(), e.taskStartFailedEventDetails().cause());
        if (e.taskSubmitFailedEventDetails() != null) return pair(e.taskSubmitFailedEventDetails().error(), e.taskSubmitFailedEventDetails().cause());
        if (e.lambdaFunctionFailedEventDetails() != null) return pair(e.lambdaFunctionFailedEventDetails().error(), e.lambdaFunctionFailedEventDetails().cause());
        if (e.lambdaFunctionTimedOutEventDetails() != null) return pair(e.lambdaFunctionTimedOutEventDetails().error(), e.lambdaFunctionTimedOutEventDetails().cause());
        if (e.lambdaFunctionStartFailedEventDetails() != null) return pair(e.lambdaFunctionStartFailedEventDetails().error(), e.lambdaFunctionStartFailedEventDetails().cause());
        if (e.lambdaFunctionScheduleFailedEventDetails() != null) return pair(e.lambdaFunctionScheduleFailedEventDetails().error(), e.lambdaFunctionScheduleFailedEventDetails().cause());
        if (e.activityFailedEventDetails() != null) return pair(e.activityFailedEventDetails().error(), e.activityFailedEventDetails().cause());
        if (e.executionFailedEventDetails() != null) return pair(e.executionFailedEventDetails().error(), e.executionFailedEventDetails().cause());
        if (e.executionTimedOutEventDetails() != null) return pair(e.executionTimedOutEventDetails().error(), e.executionTimedOutEventDetails().cause());
        if (e.executionAbortedEventDetails() != null) return pair(e.executionAbortedEventDetails().error(), e.executionAbortedEventDetails().cause());
        return pair(null, null);
    }

    private static String[] pair(String error, String cause) {
        return new String[] {error, cause};
    }

    /** Lambda causes are JSON with a stack trace; support only needs the message. */
    static String readableCause(String cause) {
        if (cause == null || cause.isBlank()) {
            return null;
        }
        String readable = cause;
        if (cause.trim().startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(cause);
                readable = node.hasNonNull("errorMessage") ? node.get("errorMessage").asText() : null;
            } catch (JsonProcessingException notJson) {
                readable = cause;
            }
        }
        if (readable == null) {
            return null;
        }
        return readable.length() > MAX_CAUSE ? readable.substring(0, MAX_CAUSE) + "…" : readable;
    }
}
