package app.orderdesk.backend.adapter.sfn;

/** Opens package-private helpers to tests. */
public final class TestAccess {
    private TestAccess() {}

    public static String executionArn(String stateMachineArn, String orderId) {
        return ExecutionArns.forOrder(stateMachineArn, orderId);
    }
}
