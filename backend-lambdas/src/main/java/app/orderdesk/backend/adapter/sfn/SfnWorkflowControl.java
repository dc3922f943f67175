package app.orderdesk.backend.adapter.sfn;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.WorkflowControl;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Stops or redrives the order's execution (named after the order id); an execution that never started is fine. */
public final class SfnWorkflowControl implements WorkflowControl {

    private static final int MAX_CAUSE = 256;

    private final SfnClient sfn;
    private final String stateMachineArn;

    public SfnWorkflowControl(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public void stop(String orderId, String cause) {
        String executionArn = ExecutionArns.forOrder(stateMachineArn, orderId);
        String text = cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) : cause;
        try {
            // Stopping an execution that already ended succeeds without effect, so a repeated cancel is harmless.
            AwsFailures.run("Step Functions StopExecution", () -> sfn.stopExecution(r -> r
                    .executionArn(executionArn).error("OrderCancelled").cause(text)));
        } catch (ExecutionDoesNotExistException neverStarted) {
            // Nothing to stop.
        }
    }

    /**
     * RedriveExecution, then DescribeExecution for the count. Refused because a redrive is still running
     * (a second click, a retried request), it answers that redrive's count: no second redrive.
     */
    @Override
    public Redrive redrive(String orderId) {
        String executionArn = ExecutionArns.forOrder(stateMachineArn, orderId);
        try {
            AwsFailures.run("Step Functions RedriveExecution", () -> sfn.redriveExecution(r -> r.executionArn(executionArn)));
        } catch (ExecutionDoesNotExistException neverStarted) {
            return Redrive.notRedrivable("its workflow never started");
        } catch (ExecutionNotRedrivableException refused) {
            DescribeExecutionResponse execution = describe(executionArn);
            int count = execution.redriveCount() == null ? 0 : execution.redriveCount();
            if (execution.status() == ExecutionStatus.RUNNING && count > 0) {
                return Redrive.alreadyRunning(count);
            }
            String why = execution.redriveStatusReason();
            return Redrive.notRedrivable(why != null ? why : refused.awsErrorDetails().errorMessage());
        }
        DescribeExecutionResponse execution = describe(executionArn);
        return Redrive.started(execution.redriveCount() == null ? 1 : execution.redriveCount());
    }

    private DescribeExecutionResponse describe(String executionArn) {
        return AwsFailures.call("Step Functions DescribeExecution", () -> sfn.describeExecution(r -> r.executionArn(executionArn)));
    }
}
