package app.orderdesk.localcloud.stepfunctions.asl.runtime;

import java.time.Instant;

/** Names and ARNs of one execution, as exposed through the context object. */
public record ExecutionIdentity(String executionArn, String executionName, String stateMachineArn,
                                String stateMachineName, String roleArn, Instant startTime, boolean express) {

    /** A Standard execution. */
    public ExecutionIdentity(String executionArn, String executionName, String stateMachineArn,
                             String stateMachineName, String roleArn, Instant startTime) {
        this(executionArn, executionName, stateMachineArn, stateMachineName, roleArn, startTime, false);
    }

    /** The region segment of the state machine ARN ({@code arn:aws:states:REGION:...}). */
    public String region() {
        String[] parts = stateMachineArn.split(":");
        return parts.length > 3 ? parts[3] : "us-east-1";
    }

    /** The account segment of the state machine ARN. */
    public String account() {
        String[] parts = stateMachineArn.split(":");
        return parts.length > 4 ? parts[4] : "111111111111";
    }
}
