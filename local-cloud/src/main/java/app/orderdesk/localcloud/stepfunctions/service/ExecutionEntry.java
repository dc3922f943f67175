package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.Execution;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionResult;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/** The service's mutable record of one execution: the engine run plus its API-visible status. */
final class ExecutionEntry {

    private final String executionArn;
    private final String stateMachineArn;
    private final String name;
    private final String input;
    private final Instant startDate;
    private final Execution execution;
    private final CountDownLatch finished = new CountDownLatch(1);
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private String output;
    private String error;
    private String cause;
    private Instant stopDate;

    ExecutionEntry(String executionArn, String stateMachineArn, String name, String input, Instant startDate,
                   Execution execution) {
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
        return new ExecutionInfo(executionArn, stateMachineArn, name, status, input, output, error, cause, startDate,
                stopDate);
    }

    /** Blocks until the engine has finished running this execution or the wait times out. */
    boolean await(long millis) throws InterruptedException {
        return finished.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
