package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionRuntime;
import app.orderdesk.localcloud.stepfunctions.asl.task.TaskInvoker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Walks one state graph ({@code StartAt} + {@code States}: the machine itself, a Parallel branch or a
 * Map iterator) from state to state, recording entered/exited events and enforcing the payload limit.
 */
public final class StateMachineRunner {

    private static final String RUNTIME_PREFIX = "An error occurred while executing the state '";

    private StateMachineRunner() {}

    /** Runs the graph to its end and returns the last state's output; failures propagate as {@link StatesError}. */
    public static JsonNode runBranch(ExecutionRuntime runtime, JsonNode graph, JsonNode input) {
        return runFrom(runtime, graph, graph.path("StartAt").asText(), input, null);
    }

    /**
     * Runs the graph from state {@code startAt} (its StartAt, or where a redrive continues) to its end;
     * every state entered is noted in {@code resume} when one is given (the machine's own graph).
     */
    public static JsonNode runFrom(ExecutionRuntime runtime, JsonNode graph, String startAt, JsonNode input,
                                   ResumePoint resume) {
        String name = startAt;
        JsonNode states = graph.path("States");
        JsonNode current = input;
        // Each payload is serialised once: the exited event, the size check and the next entered event share it.
        String currentText = Json.write(current);
        while (true) {
            runtime.checkAlive();
            JsonNode node = states.get(name);
            if (node == null) {
                throw StatesError.runtime("State '" + name + "' does not exist");
            }
            String type = node.path("Type").asText();
            if (resume != null) {
                resume.entered(name, current);
            }
            Instant entered = runtime.clock().now();
            ObjectNode enteredDetails = Json.object().put("name", name).put("input", currentText);
            enteredDetails.putObject("inputDetails").put("truncated", false);
            long enteredId = runtime.event(type + "StateEntered", "stateEnteredEventDetails", enteredDetails);
            StateRun run = new StateRun(runtime, name, node, enteredId, entered);
            Transition transition;
            String outputText;
            try {
                transition = StateHandler.forType(type).execute(run, current);
                outputText = Json.write(transition.output());
                checkSize(name, outputText);
            } catch (StatesError e) {
                throw located(run, e);
            }
            ObjectNode exitedDetails = Json.object().put("name", name).put("output", outputText);
            exitedDetails.putObject("outputDetails").put("truncated", false);
            runtime.event(type + "StateExited", "stateExitedEventDetails", exitedDetails);
            if (transition.next() == null) {
                return transition.output();
            }
            name = transition.next();
            current = transition.output();
            currentText = outputText;
        }
    }

    private static void checkSize(String stateName, String output) {
        if (Json.utf8Length(output) > TaskInvoker.MAX_PAYLOAD_BYTES) {
            throw new StatesError(StatesError.DATA_LIMIT, "The state/task '" + stateName
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.", false);
        }
    }

    /** Runtime errors carry AWS's prefix naming the state and the event at which it was entered. */
    private static StatesError located(StateRun run, StatesError e) {
        if (!e.error().equals(StatesError.RUNTIME) || e.catchable()
                || (e.causeText() != null && e.causeText().startsWith(RUNTIME_PREFIX))) {
            return e;
        }
        return e.withCause(RUNTIME_PREFIX + run.name() + "' (entered at the event id #" + run.enteredEventId() + "). "
                + e.causeText());
    }
}
