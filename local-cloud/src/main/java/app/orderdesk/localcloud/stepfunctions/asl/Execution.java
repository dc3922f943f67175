package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionRuntime;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.EngineSettings;
import app.orderdesk.localcloud.stepfunctions.asl.state.ResumePoint;
import app.orderdesk.localcloud.stepfunctions.asl.state.StateMachineRunner;

import app.orderdesk.localcloud.stepfunctions.asl.error.ExecutionInterrupted;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One execution of a state machine definition: run it once, observe its history, stop it from another
 * thread, and redrive it after it failed, timed out or was aborted (it continues from the state that
 * did not finish, with the same history).
 */
public final class Execution {

    private final JsonNode definition;
    private final JsonNode input;
    private final ExecutionIdentity identity;
    private final EngineSettings settings;
    private final HistoryLog history = new HistoryLog();
    private final ResumePoint resume = new ResumePoint();
    private volatile ExecutionRuntime runtime;
    private int redriveCount;

    Execution(JsonNode definition, JsonNode input, ExecutionIdentity identity, EngineSettings settings) {
        this.definition = definition;
        this.input = input;
        this.identity = identity;
        this.settings = settings;
        this.runtime = new ExecutionRuntime(identity, input, settings, history, deadline(identity.startTime()));
    }

    private Instant deadline(Instant from) {
        return definition.has("TimeoutSeconds") ? from.plusSeconds(definition.get("TimeoutSeconds").asLong()) : null;
    }

    public HistoryLog history() {
        return history;
    }

    /** Asks the running execution to end as ABORTED at its next state boundary or sleep slice. */
    public void stop() {
        runtime.abort();
    }

    /** True when a redrive has a state to continue from (the execution entered one before it ended). */
    public boolean canContinue() {
        return resume.last() != null;
    }

    /** Runs the execution to completion on the calling thread. */
    public ExecutionResult run() {
        ObjectNode started = Json.object().put("input", Json.write(input));
        started.putObject("inputDetails").put("truncated", false);
        started.put("roleArn", runtime.identity().roleArn());
        started.put("stateMachineArn", runtime.identity().stateMachineArn());
        runtime.event("ExecutionStarted", "executionStartedEventDetails", started);
        return conclude(() -> {
            if ("JSONata".equals(definition.path("QueryLanguage").asText())) {
                throw StatesError.runtime("The JSONata query language is not supported by this engine");
            }
            return StateMachineRunner.runFrom(runtime, definition, definition.path("StartAt").asText(), input, resume);
        });
    }

    /**
     * Redrives the ended execution on the calling thread (RedriveExecution): an {@code ExecutionRedriven}
     * event with the new count, then the state that did not finish runs again with the input it had;
     * the states before it are not run again. The execution-level timeout counts from the redrive.
     *
     * @throws IllegalStateException when there is no state to continue from ({@link #canContinue()})
     */
    public ExecutionResult redrive(Instant at) {
        ResumePoint.Entry from = resume.last();
        if (from == null) {
            throw new IllegalStateException("the execution entered no state, so there is nothing to redrive");
        }
        redriveCount++;
        runtime = new ExecutionRuntime(identity, input, settings, history, deadline(at), redriveCount);
        runtime.event("ExecutionRedriven", "executionRedrivenEventDetails", Json.object().put("redriveCount", redriveCount));
        return conclude(() -> StateMachineRunner.runFrom(runtime, definition, from.stateName(), from.input(), resume));
    }

    private ExecutionResult conclude(Supplier<JsonNode> work) {
        try {
            JsonNode output = work.get();
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
