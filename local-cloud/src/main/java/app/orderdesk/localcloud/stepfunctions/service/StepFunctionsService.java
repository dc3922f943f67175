package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.AslEngine;
import app.orderdesk.localcloud.stepfunctions.asl.DefinitionValidator;
import app.orderdesk.localcloud.stepfunctions.asl.Execution;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionResult;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryEvent;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The local Step Functions control plane: state machines, asynchronous executions and their histories,
 * with AWS's validation and idempotency rules. Everything is kept in memory.
 */
public final class StepFunctionsService implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final AslEngine engine;
    private final String region;
    private final String accountId;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, StateMachineInfo> machines = new LinkedHashMap<>();
    private final Map<String, ExecutionEntry> executions = new LinkedHashMap<>();

    public StepFunctionsService(LambdaBackend lambda, ServiceIntegrations services) {
        this(lambda, services, "us-east-1", "111111111111");
    }

    public StepFunctionsService(LambdaBackend lambda, ServiceIntegrations services, String region, String accountId) {
        this(AslEngine.create(lambda, services), region, accountId);
    }

    /** For tests that need a virtual clock or sequential branches. */
    public StepFunctionsService(AslEngine engine, String region, String accountId) {
        this.engine = engine;
        this.region = region;
        this.accountId = accountId;
    }

    /** Creates a STANDARD state machine and returns its ARN. */
    public String createStateMachine(String name, String definitionJson, String roleArn) {
        return createStateMachine(name, definitionJson, roleArn, "STANDARD").arn();
    }

    /** Creates a state machine; re-creating an identical one returns the existing machine, as AWS does. */
    public synchronized StateMachineInfo createStateMachine(String name, String definitionJson, String roleArn, String type) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StepFunctionsException("InvalidName", "Invalid Name: '" + name + "'");
        }
        validateDefinition(definitionJson);
        String arn = "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + name;
        StateMachineInfo existing = machines.get(arn);
        if (existing != null) {
            if (existing.definition().equals(definitionJson) && java.util.Objects.equals(existing.roleArn(), roleArn)) {
                return existing;
            }
            throw new StepFunctionsException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
        }
        StateMachineInfo machine = new StateMachineInfo(arn, name, definitionJson, roleArn,
                type == null ? "STANDARD" : type, now());
        machines.put(arn, machine);
        return machine;
    }

    public synchronized StateMachineInfo describeStateMachine(String arn) {
        requireArn(arn, ":stateMachine:");
        StateMachineInfo machine = machines.get(arn);
        if (machine == null) {
            throw new StepFunctionsException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
        }
        return machine;
    }

    public synchronized List<StateMachineInfo> listStateMachines() {
        return List.copyOf(machines.values());
    }

    /**
     * Starts an execution asynchronously. For a STANDARD machine a repeated name with the same input
     * returns the existing execution (idempotent start) and with a different input fails with
     * ExecutionAlreadyExists. For an EXPRESS machine, as in AWS, StartExecution is not idempotent: every
     * call starts a new execution, whose ARN is {@code …:express:<machine>:<name>:<uuid>}.
     *
     * @param name      the execution name, or null for a generated UUID
     * @param inputJson the input, or null for {@code {}}
     */
    public ExecutionInfo startExecution(String stateMachineArn, String name, String inputJson) {
        ExecutionEntry entry;
        synchronized (this) {
            StateMachineInfo machine = describeStateMachine(stateMachineArn);
            boolean express = "EXPRESS".equals(machine.type());
            String executionName = name == null ? UUID.randomUUID().toString() : name;
            if (!NAME.matcher(executionName).matches()) {
                throw new StepFunctionsException("InvalidName", "Invalid Name: '" + executionName + "'");
            }
            String input = inputJson == null ? "{}" : inputJson;
            JsonNode inputNode = parseInput(input);
            String executionArn = express
                    ? "arn:aws:states:" + region + ":" + accountId + ":express:" + machine.name() + ":" + executionName
                            + ":" + UUID.randomUUID()
                    : "arn:aws:states:" + region + ":" + accountId + ":execution:" + machine.name() + ":" + executionName;
            ExecutionEntry existing = executions.get(executionArn);
            if (existing != null) {
                if (parseInput(existing.input()).equals(inputNode)) {
                    return existing.snapshot();
                }
                throw new StepFunctionsException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
            }
            Instant start = now();
            ExecutionIdentity identity = new ExecutionIdentity(executionArn, executionName, machine.arn(), machine.name(),
                    machine.roleArn(), start, express);
            Execution execution = engine.newExecution(Json.parse(machine.definition()), inputNode, identity);
            entry = new ExecutionEntry(executionArn, machine.arn(), executionName, input, start, execution, express, this::now);
            executions.put(executionArn, entry);
        }
        ExecutionEntry started = entry;
        executor.execute(() -> run(started));
        return entry.snapshot();
    }

    /** True when {@code executionArn} names an execution of an EXPRESS state machine (AWS's {@code :express:} ARNs). */
    public static boolean isExpressExecution(String executionArn) {
        return executionArn != null && executionArn.startsWith("arn:aws:states:") && executionArn.contains(":express:");
    }

    /** True when {@code stateMachineArn} is a known EXPRESS state machine. */
    public synchronized boolean isExpressMachine(String stateMachineArn) {
        StateMachineInfo machine = machines.get(stateMachineArn);
        return machine != null && "EXPRESS".equals(machine.type());
    }

    /**
     * The newest execution of {@code stateMachineArn} whose name passes {@code executionName}, Standard or Express — the
     * local cloud's view of an Express execution's log (AWS keeps none to query through the API); null when
     * there is none.
     */
    public synchronized String latestExecutionArn(String stateMachineArn, java.util.function.Predicate<String> executionName) {
        List<String> found = executionArns(stateMachineArn, executionName);
        return found.isEmpty() ? null : found.getLast();
    }

    /** Every execution of {@code stateMachineArn} whose name passes {@code executionName}, oldest first. */
    public synchronized List<String> executionArns(String stateMachineArn, java.util.function.Predicate<String> executionName) {
        List<String> found = new ArrayList<>();
        for (ExecutionEntry entry : executions.values()) {
            if (entry.stateMachineArn().equals(stateMachineArn) && executionName.test(entry.snapshot().name())) {
                found.add(entry.snapshot().executionArn());
            }
        }
        return found;
    }

    /** Runs an execution on the calling thread and returns its final state (StartSyncExecution). */
    public ExecutionInfo startSyncExecution(String stateMachineArn, String name, String inputJson) {
        ExecutionInfo started = startExecution(stateMachineArn, name, inputJson);
        return awaitExecution(started.executionArn(), Duration.ofMinutes(5));
    }

    private void run(ExecutionEntry entry) {
        ExecutionResult result;
        try {
            result = entry.execution().run();
        } catch (RuntimeException e) {
            result = ExecutionResult.failed("States.Runtime", "Internal error: " + e.getClass().getSimpleName());
        }
        entry.complete(result, now());
    }

    /**
     * RedriveExecution: continues a FAILED, TIMED_OUT or ABORTED Standard execution from the state that
     * did not finish, under the same ARN, and returns the redrive date. A client token already used for a
     * successful redrive answers that redrive's date again without redriving.
     *
     * @throws StepFunctionsException ExecutionNotRedrivable (with the reason), ExecutionDoesNotExist, InvalidArn
     */
    public Instant redriveExecution(String executionArn, String clientToken) {
        ExecutionEntry entry;
        Instant at;
        synchronized (this) {
            entry = entry(executionArn);
            Instant earlier = entry.redriveFor(clientToken);
            if (earlier != null) {
                return earlier;
            }
            at = now();
            String reason = entry.notRedrivableReason(at);
            if (reason != null) {
                throw new StepFunctionsException("ExecutionNotRedrivable", reason);
            }
            entry.redriving(at, clientToken);
        }
        ExecutionEntry redriven = entry;
        executor.execute(() -> {
            ExecutionResult result;
            try {
                result = redriven.execution().redrive(at);
            } catch (RuntimeException e) {
                result = ExecutionResult.failed("States.Runtime", "Internal error: " + e.getClass().getSimpleName());
            }
            redriven.complete(result, now());
        });
        return at;
    }

    public synchronized ExecutionInfo describeExecution(String executionArn) {
        return entry(executionArn).snapshot();
    }

    /** Waits until the execution has stopped (or the timeout passes) and returns its latest snapshot. */
    public ExecutionInfo awaitExecution(String executionArn, Duration timeout) {
        ExecutionEntry entry;
        synchronized (this) {
            entry = entry(executionArn);
        }
        try {
            entry.await(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return entry.snapshot();
    }

    public synchronized List<HistoryEvent> getExecutionHistory(String executionArn) {
        return entry(executionArn).execution().history().events();
    }

    /** Executions of a state machine, newest first, optionally only those with {@code statusFilter}. */
    public synchronized List<ExecutionInfo> listExecutions(String stateMachineArn, ExecutionStatus statusFilter) {
        describeStateMachine(stateMachineArn);
        List<ExecutionInfo> out = new ArrayList<>();
        for (ExecutionEntry entry : executions.values()) {
            ExecutionInfo info = entry.snapshot();
            if (entry.stateMachineArn().equals(stateMachineArn) && (statusFilter == null || info.status() == statusFilter)) {
                out.add(info);
            }
        }
        return out.reversed();
    }

    /** Stops a running execution; it ends ABORTED. Returns the stop date. */
    public synchronized Instant stopExecution(String executionArn, String error, String cause) {
        ExecutionEntry entry = entry(executionArn);
        Instant at = now();
        entry.abort(error, cause, at);
        return at;
    }

    @Override
    public void close() {
        synchronized (this) {
            executions.values().forEach(e -> e.abort(null, null, now()));
        }
        executor.shutdownNow();
    }

    private ExecutionEntry entry(String executionArn) {
        requireArn(executionArn, ":execution:");
        ExecutionEntry entry = executions.get(executionArn);
        if (entry == null) {
            throw new StepFunctionsException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + executionArn + "'");
        }
        return entry;
    }

    private static void requireArn(String arn, String kind) {
        boolean express = ":execution:".equals(kind) && isExpressExecution(arn);
        if (arn == null || !arn.startsWith("arn:aws:states:") || !(arn.contains(kind) || express)) {
            throw new StepFunctionsException("InvalidArn", "Invalid Arn: '" + arn + "'");
        }
    }

    private static JsonNode parseInput(String input) {
        try {
            return Json.parse(input);
        } catch (IllegalArgumentException e) {
            throw new StepFunctionsException("InvalidExecutionInput", "Invalid State Machine Execution Input: " + e.getMessage());
        }
    }

    /** Rejects a definition the way CreateStateMachine does, so a broken graph never starts running. */
    private static void validateDefinition(String definitionJson) {
        JsonNode definition;
        try {
            definition = Json.parse(definitionJson);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StepFunctionsException("InvalidDefinition",
                    "Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: " + e.getMessage() + "'");
        }
        List<String> problems = DefinitionValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw new StepFunctionsException("InvalidDefinition",
                    "Invalid State Machine Definition: '" + String.join(", ", problems) + "'");
        }
    }

    private Instant now() {
        return engine.settings().clock().now();
    }
}
