package app.orderdesk.backend.adapter.sfn;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.WorkflowStarter;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * Starts the order workflow with the order id as execution name: Step Functions treats a repeated
 * start with the same name and input as the same execution, so retries never start a second one.
 */
public final class SfnWorkflowStarter implements WorkflowStarter {

    private final SfnClient sfn;
    private final String stateMachineArn;

    public SfnWorkflowStarter(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public void start(String orderId) {
        String input = "{\"orderId\":\"" + orderId.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        try {
            AwsFailures.run("Step Functions StartExecution", () -> sfn.startExecution(r -> r
                    .stateMachineArn(stateMachineArn).name(orderId).input(input)));
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            // Same name after the first execution closed: the order's workflow already ran.
        }
    }
}
