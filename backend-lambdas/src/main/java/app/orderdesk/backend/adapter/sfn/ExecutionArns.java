package app.orderdesk.backend.adapter.sfn;

/** Derives an order's execution ARN from the state machine ARN; executions are named after the order id. */
final class ExecutionArns {

    private static final String MARKER = ":stateMachine:";

    private ExecutionArns() {}

    static String forOrder(String stateMachineArn, String orderId) {
        int at = stateMachineArn.indexOf(MARKER);
        if (at < 0) {
            throw new IllegalArgumentException("Not a state machine ARN: " + stateMachineArn);
        }
        return stateMachineArn.substring(0, at) + ":execution:" + stateMachineArn.substring(at + MARKER.length()) + ":" + orderId;
    }
}
