package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionRuntime;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.EngineSettings;
import app.orderdesk.localcloud.stepfunctions.asl.state.StateMachineRunner;

import app.orderdesk.localcloud.stepfunctions.asl.error.ExecutionInterrupted;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One execution of a state machine definition: run it once, observe its history, stop it from another thread. */
public final class Execution {

    private final JsonNode definition;
    private final JsonNode input;
    private final ExecutionRuntime runtime;
    private final HistoryLog history = new HistoryLog();

    Execution(JsonNode definition, JsonNode input, ExecutionIdentity identity, EngineSettings settings) {
        this.definition = definition;
        this.input = input;
        Instant deadline = definition.has("TimeoutSeconds")
                ? identity.startTime().plusSeconds(definition.get("TimeoutSeconds").asLong())
                : null;
        this.runtime = new ExecutionRuntime(identity, input, settings, history, deadline);
    }

    public HistoryLog history() {
        return history;
    }

    /** Asks the running execution to end as ABORTED at its next state boundary or sleep slice. */
    public void stop() {
        runtime.abort();
    }

    /** Runs the execution to completion on the calling thread. */
    public ExecutionResult run() {
        ObjectNode started = Json.object().put("input", Json.write(input));
        started.putObject("inputDetails").put("truncated", false);
        started.put("roleArn", runtime.identity().roleArn());
        started.put("stateMachineArn", runtime.identity().stateMachineArn());
        runtime.event("ExecutionStarted", "executionStartedEventDetails", started);
        try {
            if ("JSONata".equals(definition.path("QueryLanguage").asText())) {
                throw StatesError.runtime("The JSONata query language is not supported by this engine");
            }
            JsonNode output = StateMachineRunner.runBranch(runtime, definition, input);
            ObjectNode details = Json.object().put("output", Json.write(output));
            details.putObject("outputDetails").put("truncated", false);
            runtime.event("ExecutionSucceeded", "executionSucceededEventDetails", details);
            return ExecutionResult.succeeded(output);
        } catch (StatesError e) {
            // A timed-out optimised task carries an empty cause for catchers; the execution reports none.
            String cause = StatesError.TIMEOUT.equals(e.error()) && "".equals(e.causeText()) ? null : e.causeText();
            ObjectNode details = Json.object();
            if (e.error() != null) {
                details.put("error", e.error());
            }
            if (cause != null) {
                details.put("cause", cause);
            }
            runtime.event("ExecutionFailed", "executionFailedEventDetails", details);
            return ExecutionResult.failed(e.error(), cause);
        } catch (ExecutionInterrupted e) {
            if (e.reason() == ExecutionInterrupted.Reason.TIMED_OUT) {
                runtime.event("ExecutionTimedOut", "executionTimedOutEventDetails", Json.object());
                return ExecutionResult.of(ExecutionStatus.TIMED_OUT);
            }
            runtime.event("ExecutionAborted", "executionAbortedEventDetails", Json.object());
            return ExecutionResult.of(ExecutionStatus.ABORTED);
        } catch (RuntimeException e) {
            // A defect or a malformed definition must still end the execution, never leave it RUNNING.
            ObjectNode details = Json.object().put("error", StatesError.RUNTIME)
                    .put("cause", "Internal error: " + e.getClass().getSimpleName());
            runtime.event("ExecutionFailed", "executionFailedEventDetails", details);
            return ExecutionResult.failed(StatesError.RUNTIME, details.get("cause").asText());
        }
    }
}
