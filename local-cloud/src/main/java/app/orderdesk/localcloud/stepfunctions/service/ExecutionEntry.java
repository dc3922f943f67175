package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.Execution;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionResult;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** The service's mutable record of one execution: the engine run plus its API-visible status. */
final class ExecutionEntry {

    private final String executionArn;
    private final String stateMachineArn;
    private final String name;
    private final String input;
    private final Instant startDate;
    private final Execution execution;
    /** AWS redrives executions that closed in the last 14 days. */
    static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);
    /** AWS refuses a redrive once the history holds this many events. */
    static final int MAX_HISTORY_EVENTS = 25_000;
    /** AWS answers the last 10 client tokens of successful redrives idempotently. */
    private static final int REMEMBERED_TOKENS = 10;

    private final boolean express;
    private final Supplier<Instant> clock;
    private CountDownLatch finished = new CountDownLatch(1);
    private int redriveCount;
    private Instant redriveDate;
    private final Map<String, Instant> redriveTokens = new LinkedHashMap<>();
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private String output;
    private String error;
    private String cause;
    private Instant stopDate;

    ExecutionEntry(String executionArn, String stateMachineArn, String name, String input, Instant startDate,
                   Execution execution, boolean express, Supplier<Instant> clock) {
        this.express = express;
        this.clock = clock;
        this.executionArn = executionArn;
        this.stateMachineArn = stateMachineArn;
        this.name = name;
        this.input = input;
        this.startDate = startDate;
        this.execution = execution;
    }

    String input() {
        return input;
    }

    Instant startDate() {
        return startDate;
    }

    Execution execution() {
        return execution;
    }

    String stateMachineArn() {
        return stateMachineArn;
    }

    /** Records the engine's result unless a StopExecution already settled the status. */
    synchronized void complete(ExecutionResult result, Instant at) {
        if (status == ExecutionStatus.RUNNING) {
            status = result.status();
            output = result.output() == null ? null : Json.write(result.output());
            error = result.error();
            cause = result.cause();
            stopDate = at;
        }
        finished.countDown();
    }

    synchronized boolean abort(String abortError, String abortCause, Instant at) {
        if (status != ExecutionStatus.RUNNING) {
            return false;
        }
        status = ExecutionStatus.ABORTED;
        error = abortError;
        cause = abortCause;
        stopDate = at;
        execution.stop();
        return true;
    }

    synchronized ExecutionInfo snapshot() {
        String reason = express ? null : notRedrivableReason(clock.get());
        String redriveStatus = express ? null : reason == null ? "REDRIVABLE" : "NOT_REDRIVABLE";
        return new ExecutionInfo(executionArn, stateMachineArn, name, status, input, output, error, cause, startDate,
                stopDate, redriveCount, redriveDate, redriveStatus, reason);
    }

    /**
     * Why RedriveExecution would be refused at {@code now}, in AWS's words where AWS documents them, or
     * null when the execution can be redriven.
     */
    synchronized String notRedrivableReason(Instant now) {
        if (express) {
            return "Execution of an EXPRESS state machine cannot be redriven.";
        }
        if (status == ExecutionStatus.RUNNING || finished.getCount() > 0) {
            // An execution stopped a moment ago may still be leaving its state: it must end before it runs again.
            return "Execution is RUNNING and cannot be redriven.";
        }
        if (status == ExecutionStatus.SUCCEEDED) {
            return "Execution is SUCCEEDED and cannot be redriven.";
        }
        if (stopDate != null && now.isAfter(stopDate.plus(REDRIVABLE_PERIOD))) {
            return "Execution redrivable period exceeded.";
        }
        if ("States.Runtime".equals(error) || "States.DataLimitExceeded".equals(error)) {
            return "Execution failed with " + error + ", which a redrive cannot recover from.";
        }
        if (execution.history().size() >= MAX_HISTORY_EVENTS) {
            return "Execution history event limit exceeded.";
        }
        if (!execution.canContinue()) {
            return "Execution entered no state, so there is no state to continue from.";
        }
        return null;
    }

    /** The redrive date answered earlier for this client token, or null. */
    synchronized Instant redriveFor(String clientToken) {
        return clientToken == null ? null : redriveTokens.get(clientToken);
    }

    /** Marks the execution RUNNING again for a redrive at {@code at}; the caller has checked it is redrivable. */
    synchronized void redriving(Instant at, String clientToken) {
        status = ExecutionStatus.RUNNING;
        output = null;
        error = null;
        cause = null;
        stopDate = null;
        redriveCount++;
        redriveDate = at;
        finished = new CountDownLatch(1);
        if (clientToken != null) {
            redriveTokens.put(clientToken, at);
            if (redriveTokens.size() > REMEMBERED_TOKENS) {
                redriveTokens.remove(redriveTokens.keySet().iterator().next());
            }
        }
    }

    /** Blocks until the engine has finished running this execution or the wait times out. */
    boolean await(long millis) throws InterruptedException {
        CountDownLatch latch;
        synchronized (this) {
            latch = finished;
        }
        return latch.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
