package app.orderdesk.localcloud.stepfunctions.asl.runtime;

import app.orderdesk.localcloud.stepfunctions.asl.error.ExecutionInterrupted;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryLog;
import app.orderdesk.localcloud.stepfunctions.asl.task.TaskInvoker;
import app.orderdesk.localcloud.stepfunctions.asl.time.ExecutionClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Everything one running execution shares across its states and branches: identity, clock, deadline,
 * history, task invoker, branch scheduling and the stop flag.
 */
public final class ExecutionRuntime {

    /** Real sleeps are sliced so a StopExecution or the execution deadline is noticed promptly. */
    private static final Duration SLICE = Duration.ofMillis(200);
    /** The longest a Standard execution can run. */
    static final Duration MAX_EXECUTION = Duration.ofDays(365);

    private final ExecutionIdentity identity;
    private final JsonNode input;
    private final ExecutionClock clock;
    private final HistoryLog history;
    private final TaskInvoker tasks;
    private final BranchScheduler branches;
    private final DoubleSupplier jitter;
    private final Instant deadline;
    private volatile boolean aborted;
    private final String startTimeText;
    private final int redriveCount;
    /** Per state definition node: whether any of its strings is a {@code $$} path (see {@link #readsContext}). */
    private final Map<JsonNode, Boolean> contextReaders = new IdentityHashMap<>();

    public ExecutionRuntime(ExecutionIdentity identity, JsonNode input, EngineSettings settings, HistoryLog history,
                            Instant deadline) {
        this(identity, input, settings, history, deadline, 0);
    }

    /** A run of a redriven execution: {@code redriveCount} is what {@code $$.Execution.RedriveCount} shows. */
    public ExecutionRuntime(ExecutionIdentity identity, JsonNode input, EngineSettings settings, HistoryLog history,
                            Instant deadline, int redriveCount) {
        this.redriveCount = redriveCount;
        this.identity = identity;
        this.input = input;
        this.clock = settings.clock();
        this.history = history;
        this.tasks = settings.tasks();
        this.branches = settings.branches();
        this.jitter = settings.jitter();
        this.deadline = deadline;
        this.startTimeText = Timestamps.format(identity.startTime());
    }

    public ExecutionIdentity identity() {
        return identity;
    }

    public ExecutionClock clock() {
        return clock;
    }

    public TaskInvoker tasks() {
        return tasks;
    }

    public BranchScheduler branches() {
        return branches;
    }

    public DoubleSupplier jitter() {
        return jitter;
    }

    public HistoryLog history() {
        return history;
    }

    /** Records a history event stamped with the current (possibly virtual) time. */
    public long event(String type, String detailsKey, ObjectNode details) {
        return history.add(clock.now(), type, detailsKey, details);
    }

    public void abort() {
        aborted = true;
    }

    /** Throws if the execution was stopped or ran past its deadline; called between states. */
    public void checkAlive() {
        if (aborted) {
            throw new ExecutionInterrupted(ExecutionInterrupted.Reason.ABORTED);
        }
        if (deadline != null && !clock.now().isBefore(deadline)) {
            throw new ExecutionInterrupted(ExecutionInterrupted.Reason.TIMED_OUT);
        }
    }

    /** Time left before the execution-level TimeoutSeconds fires, or null when the execution has none. */
    public Duration untilDeadline() {
        return deadline == null ? null : Duration.between(clock.now(), deadline);
    }

    /**
     * Sleeps for {@code duration}, ending the execution instead if its deadline falls inside the sleep.
     * No execution outlives AWS's one-year maximum, so a longer sleep (a Wait on a huge number or a far
     * timestamp, a back-off that grew without bound) times the execution out when that year is up.
     */
    public void sleep(Duration duration) {
        Instant until = plusSaturated(clock.now(), duration);
        Instant lastMoment = plusSaturated(identity.startTime(), MAX_EXECUTION);
        Instant limit = deadline != null && deadline.isBefore(lastMoment) ? deadline : lastMoment;
        boolean timesOut = until.isAfter(limit);
        Instant end = timesOut ? limit : until;
        try {
            while (true) {
                checkAborted();
                Duration left = Duration.between(clock.now(), end);
                if (left.isNegative() || left.isZero()) {
                    break;
                }
                clock.sleep(clock.isVirtual() || left.compareTo(SLICE) <= 0 ? left : SLICE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionInterrupted(ExecutionInterrupted.Reason.ABORTED);
        }
        if (timesOut) {
            throw new ExecutionInterrupted(ExecutionInterrupted.Reason.TIMED_OUT);
        }
    }

    /** {@code start + duration}, or {@link Instant#MAX} where that would overflow. */
    public static Instant plusSaturated(Instant start, Duration duration) {
        try {
            return start.plus(duration);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return duration.isNegative() ? Instant.MIN : Instant.MAX;
        }
    }

    private void checkAborted() {
        if (aborted) {
            throw new ExecutionInterrupted(ExecutionInterrupted.Reason.ABORTED);
        }
    }

    /**
     * True when the state's definition holds a {@code $$} reference anywhere (a path, an intrinsic
     * argument, a choice variable), so the context object must be built for it; remembered per node.
     */
    public boolean readsContext(JsonNode stateNode) {
        synchronized (contextReaders) {
            return contextReaders.computeIfAbsent(stateNode, ExecutionRuntime::mentionsContext);
        }
    }

    private static boolean mentionsContext(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().contains("$$");
        }
        for (JsonNode child : node) {
            if (mentionsContext(child)) {
                return true;
            }
        }
        return false;
    }

    /** The context object ({@code $$}) as seen by a state. */
    public ObjectNode context(String stateName, Instant enteredTime, Integer retryCount) {
        ObjectNode root = Json.object();
        ObjectNode execution = root.putObject("Execution");
        execution.put("Id", identity.executionArn());
        execution.set("Input", input);
        execution.put("StartTime", startTimeText);
        execution.put("Name", identity.executionName());
        execution.put("RoleArn", identity.roleArn());
        if (!identity.express()) {
            // Express executions cannot be redriven, so AWS omits the counter for them.
            execution.put("RedriveCount", redriveCount);
        }
        ObjectNode machine = root.putObject("StateMachine");
        machine.put("Id", identity.stateMachineArn());
        machine.put("Name", identity.stateMachineName());
        ObjectNode state = root.putObject("State");
        state.put("Name", stateName);
        state.put("EnteredTime", Timestamps.format(enteredTime));
        if (retryCount != null) {
            state.put("RetryCount", retryCount);
        }
        return root;
    }
}
