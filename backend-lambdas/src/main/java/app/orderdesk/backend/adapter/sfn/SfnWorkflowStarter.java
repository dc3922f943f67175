package app.orderdesk.backend.adapter.sfn;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.port.WorkflowStarter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void start(String orderId) {
        start(orderId, JSON.createObjectNode().put("orderId", orderId).toString());
    }

    /** The workflow's first state: the shape the tasks read as their carried facts ({@code CarriedOrder}). */
    @Override
    public void start(Order order) {
        ObjectNode input = JSON.createObjectNode()
                .put("orderId", order.orderId())
                .put("orderNumber", order.orderNumber())
                .put("totalCents", order.total().cents())
                .put("createdAt", order.createdAt().toString());
        ArrayNode lines = input.putArray("lines");
        for (OrderLine line : order.lines()) {
            lines.addObject().put("productId", line.productId()).put("quantity", line.quantity()).put("label", line.label());
        }
        start(order.orderId(), input.toString());
    }

    private void start(String orderId, String input) {
        try {
            AwsFailures.run("Step Functions StartExecution", () -> sfn.startExecution(r -> r
                    .stateMachineArn(stateMachineArn).name(orderId).input(input)));
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            // Same name after the first execution closed: the order's workflow already ran.
        }
    }
}
