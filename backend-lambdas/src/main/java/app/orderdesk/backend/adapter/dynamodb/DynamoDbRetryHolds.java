package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.RetryHolds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The hold as a map attribute {@code retryHold = {step, heldAt, at}} on the order item (Orders table);
 * each change is one conditional UpdateItem that also appends the timeline steps, as the order's
 * other workflow writes do. The attention list finds held orders by {@code attribute_exists(retryHold)}.
 */
public final class DynamoDbRetryHolds implements RetryHolds {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbRetryHolds(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public Optional<HoldState> find(String orderId) {
        var response = AwsFailures.call("Orders GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("orderId", s(orderId))).consistentRead(true)
                .projectionExpression("orderId, #status, retryHold")
                .expressionAttributeNames(Map.of("#status", "status"))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue hold = item.get("retryHold");
        OrderStatus status = OrderStatus.valueOf(str(item, "status"));
        if (hold == null || !hold.hasM()) {
            return Optional.of(new HoldState(status, null, null));
        }
        return Optional.of(new HoldState(status, str(hold.m(), "step"), (int) Attr.num(hold.m(), "heldAt", 0)));
    }

    @Override
    public boolean hold(String orderId, String step, int heldAt, String reason, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":hold", AttributeValue.fromM(Map.of("step", s(step), "heldAt", n(heldAt), "at", s(at.toString()))));
        values.put(":reason", s(reason));
        values.put(":at", s(at.toString()));
        values.put(":received", s(OrderStatus.RECEIVED.name()));
        values.put(":reserved", s(OrderStatus.RESERVED.name()));
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET retryHold = :hold, statusReason = :reason, updatedAt = :at, " + TIMELINE + " ADD #version :one")
                .conditionExpression("attribute_exists(orderId) AND #status IN (:received, :reserved) AND attribute_not_exists(retryHold)")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    @Override
    public boolean resume(String orderId, int heldAt, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":heldAt", n(heldAt));
        values.put(":at", s(at.toString()));
        values.put(":received", s(OrderStatus.RECEIVED.name()));
        values.put(":reserved", s(OrderStatus.RESERVED.name()));
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET updatedAt = :at, " + TIMELINE + " REMOVE retryHold, statusReason ADD #version :one")
                .conditionExpression("#status IN (:received, :reserved) AND retryHold.heldAt = :heldAt")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    @Override
    public boolean record(String orderId, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":at", s(at.toString()));
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET updatedAt = :at, " + TIMELINE + " ADD #version :one")
                .conditionExpression("attribute_exists(orderId)")
                .expressionAttributeNames(Map.of("#version", "version"))
                .expressionAttributeValues(values).build());
    }

    private static final String TIMELINE = "timeline = list_append(if_not_exists(timeline, :noSteps), :steps)";

    private static Map<String, AttributeValue> stepValues(List<WorkflowStep> steps) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":noSteps", AttributeValue.fromL(List.of()));
        values.put(":steps", AttributeValue.fromL(steps.stream().map(DynamoDbOrderRepository::toItem).toList()));
        values.put(":one", n(1));
        return values;
    }

    private boolean update(UpdateItemRequest request) {
        try {
            AwsFailures.run("Orders UpdateItem", () -> client.updateItem(request));
            return true;
        } catch (ConditionalCheckFailedException refused) {
            return false;
        }
    }
}
