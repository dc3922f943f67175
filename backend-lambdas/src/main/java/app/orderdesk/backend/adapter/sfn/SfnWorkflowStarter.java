package app.orderdesk.backend.adapter.sfn;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.errors.OutcomeUnknownException;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.port.WorkflowStarter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * Starts the order workflow with the order id as execution name (a retry of a held order: the order id
 * and the attempt). The workflow is EXPRESS, whose StartExecution is not idempotent: a repeated start
 * runs it again, which every step tolerates (idempotent per order, ADR 0018); the names keep the
 * executions' logs and traces findable per order.
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
        start(order.orderId(), facts(order).toString());
    }

    /** A new execution that resumes at {@code step} with the order's facts as its state (ADR 0013). */
    @Override
    public void resume(Order order, String step, int attempt) {
        ObjectNode input = facts(order).put("status", order.status().name()).put("resumeAt", step);
        start(order.orderId() + "-retry-" + attempt, input.toString());
    }

    private static ObjectNode facts(Order order) {
        ObjectNode input = JSON.createObjectNode()
                .put("orderId", order.orderId())
                .put("orderNumber", order.orderNumber())
                .put("totalCents", order.total().cents())
                .put("createdAt", order.createdAt().toString());
        ArrayNode lines = input.putArray("lines");
        for (OrderLine line : order.lines()) {
            lines.addObject().put("productId", line.productId()).put("quantity", line.quantity()).put("label", line.label());
        }
        return input;
    }

    private void start(String name, String input) {
        try {
            AwsFailures.run("Step Functions StartExecution", () -> sfn.startExecution(r -> r
                    .stateMachineArn(stateMachineArn).name(name).input(input)));
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            // STANDARD only (EXPRESS never answers it): same name after the first execution closed, it already ran.
        } catch (TransientFailureException failed) {
            if (failed.getCause() instanceof SdkClientException noAnswer && AwsFailures.mayHaveBeenSent(noAnswer)) {
                // EXPRESS has no DescribeExecution to ask: the caller must not assume it did not start (ADR 0086).
                throw new OutcomeUnknownException("Step Functions StartExecution went out unanswered; " + name + " may be running", noAnswer);
            }
            throw failed;
        }
    }
}
