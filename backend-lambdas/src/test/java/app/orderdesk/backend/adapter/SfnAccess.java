package app.orderdesk.backend.adapter;

/** Test access to the Step Functions adapter helpers. */
final class SfnAccess {
    private SfnAccess() {}

    static String executionArn(String stateMachineArn, String orderId) {
        return app.orderdesk.backend.adapter.sfn.TestAccess.executionArn(stateMachineArn, orderId);
    }
}
