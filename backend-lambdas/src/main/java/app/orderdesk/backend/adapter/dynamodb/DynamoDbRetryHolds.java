package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository.Written;
import app.orderdesk.backend.port.RetryHolds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The hold as a map attribute {@code retryHold = {step, at}} on the order item (Orders table), and the
 * retries started as the number {@code retryResumes}; each change is one conditional UpdateItem that also
 * appends the timeline steps, as the order's other workflow writes do. The attention list finds held
 * orders by {@code attribute_exists(retryHold)}; a resumed order has no hold, so it leaves the list.
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
                .projectionExpression("orderId, #status, retryHold, retryResumes")
                .expressionAttributeNames(Map.of("#status", "status"))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue hold = item.get("retryHold");
        OrderStatus status = OrderStatus.valueOf(str(item, "status"));
        int resumes = (int) Attr.num(item, "retryResumes", 0);
        return Optional.of(new HoldState(status, hold == null || !hold.hasM() ? null : str(hold.m(), "step"), resumes));
    }

    @Override
    public Optional<Written> hold(String orderId, String step, String reason, ReasonCode reasonCode, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":hold", AttributeValue.fromM(Map.of("step", s(step), "at", s(at.toString()))));
        values.put(":reason", s(reason));
        values.put(":code", Attr.reasonCode(reasonCode));
        values.put(":at", s(at.toString()));
        values.put(":received", s(OrderStatus.RECEIVED.name()));
        values.put(":reserved", s(OrderStatus.RESERVED.name()));
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET retryHold = :hold, statusReason = :reason, statusReasonCode = :code, updatedAt = :at, " + TIMELINE + " ADD #version :one")
                .conditionExpression("attribute_exists(orderId) AND #status IN (:received, :reserved) AND attribute_not_exists(retryHold)")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    @Override
    public Optional<Written> resume(String orderId, String step, int resumes, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":step", s(step));
        values.put(":next", n(resumes + 1));
        values.put(":at", s(at.toString()));
        values.put(":received", s(OrderStatus.RECEIVED.name()));
        values.put(":reserved", s(OrderStatus.RESERVED.name()));
        String started = retriesStarted(resumes, values);
        // The one-run-per-hold guarantee: of two requests that read the same hold, only one passes this condition.
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET retryResumes = :next, updatedAt = :at, " + TIMELINE + " REMOVE retryHold, statusReason, statusReasonCode ADD #version :one")
                .conditionExpression("#status IN (:received, :reserved) AND retryHold.step = :step AND " + started)
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    @Override
    public Optional<Written> restore(String orderId, String step, int attempt, String reason, ReasonCode reasonCode, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":hold", AttributeValue.fromM(Map.of("step", s(step), "at", s(at.toString()))));
        values.put(":reason", s(reason));
        values.put(":code", Attr.reasonCode(reasonCode != null ? reasonCode : ReasonCode.of(ReasonCode.HELD_FOR_RETRY, "step", step)));
        values.put(":attempt", n(attempt));
        values.put(":at", s(at.toString()));
        values.put(":received", s(OrderStatus.RECEIVED.name()));
        values.put(":reserved", s(OrderStatus.RESERVED.name()));
        values.put(":one", n(1));
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET retryHold = :hold, statusReason = :reason, statusReasonCode = :code, updatedAt = :at ADD #version :one")
                .conditionExpression("#status IN (:received, :reserved) AND attribute_not_exists(retryHold) AND retryResumes = :attempt")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    @Override
    public Optional<Written> resumeInFlight(String orderId, OrderStatus status, Instant lastWritten, int resumes, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":status", s(status.name()));
        values.put(":seen", s(lastWritten.toString()));
        values.put(":next", n(resumes + 1));
        values.put(":at", s(at.toString()));
        String started = retriesStarted(resumes, values);
        // Unchanged since the reconciler read it: no step wrote it meanwhile, and of two runs only one passes.
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET retryResumes = :next, updatedAt = :at, " + TIMELINE + " ADD #version :one")
                .conditionExpression("#status = :status AND updatedAt = :seen AND attribute_not_exists(retryHold) AND " + started)
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    @Override
    public Optional<Written> leaveForPeople(String orderId, OrderStatus status, Instant lastWritten, int resumes, String reason,
                                  ReasonCode reasonCode, List<WorkflowStep> steps, Instant at) {
        Map<String, AttributeValue> values = stepValues(steps);
        values.put(":status", s(status.name()));
        values.put(":seen", s(lastWritten.toString()));
        values.put(":reason", s(reason));
        values.put(":code", Attr.reasonCode(reasonCode));
        values.put(":at", s(at.toString()));
        String started = retriesStarted(resumes, values);
        return update(UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET statusReason = :reason, statusReasonCode = :code, updatedAt = :at, " + TIMELINE
                        + " ADD #version :one")
                .conditionExpression("#status = :status AND updatedAt = :seen AND attribute_not_exists(retryHold)"
                        + " AND attribute_not_exists(statusReason) AND " + started)
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build());
    }

    /** The condition "exactly {@code resumes} retries were started" (none yet: the counter is absent). */
    private static String retriesStarted(int resumes, Map<String, AttributeValue> values) {
        if (resumes == 0) {
            return "attribute_not_exists(retryResumes)";
        }
        values.put(":resumes", n(resumes));
        return "retryResumes = :resumes";
    }

    private static final String TIMELINE = "timeline = list_append(if_not_exists(timeline, :noSteps), :steps)";

    private static Map<String, AttributeValue> stepValues(List<WorkflowStep> steps) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":noSteps", AttributeValue.fromL(List.of()));
        values.put(":steps", AttributeValue.fromL(steps.stream().map(TimelineItems::toItem).toList()));
        values.put(":one", n(1));
        return values;
    }

    /** The conditional write, answering the item it left (ALL_NEW: no read, and no capacity of its own). */
    private Optional<Written> update(UpdateItemRequest request) {
        try {
            var written = request.toBuilder().returnValues(ReturnValue.ALL_NEW).build();
            return Optional.of(DynamoDbOrderRepository.written(
                    AwsFailures.call("Orders UpdateItem", () -> client.updateItem(written)).attributes()));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }
}
