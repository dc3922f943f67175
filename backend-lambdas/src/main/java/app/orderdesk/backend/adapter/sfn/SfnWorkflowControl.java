package app.orderdesk.backend.adapter.sfn;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.WorkflowControl;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;

/** Stops the order's execution (named after the order id); an execution that never started is fine. */
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
}
