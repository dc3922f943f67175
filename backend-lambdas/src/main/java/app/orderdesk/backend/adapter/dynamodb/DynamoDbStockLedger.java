package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockLedger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Adjusts the Inventory item's {@code available} and parks the movement on the same item as a
 * top-level map attribute {@code pendingMovement:<movementId>} (top-level, because DynamoDB cannot
 * SET into a map the item may not have), in one UpdateItem conditional on the count read before.
 */
public final class DynamoDbStockLedger implements StockLedger {

    static final String PREFIX = "pendingMovement:";
    /** The count before a relative change, parked beside its movement by the same write (crash recovery). */
    static final String BEFORE_PREFIX = "pendingBefore:";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbStockLedger(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public ApplyOutcome apply(StockMovement movement) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(movement.productId())))
                .updateExpression("SET available = :after, #p = :movement")
                .conditionExpression("attribute_exists(productId) AND available = :before AND attribute_not_exists(#p)")
                .expressionAttributeNames(Map.of("#p", PREFIX + movement.movementId()))
                .expressionAttributeValues(Map.of(":after", n(movement.after()), ":before", n(movement.before()),
                        ":movement", AttributeValue.fromM(DynamoDbStockMovementRepository.toItem(movement))))
                .build();
        try {
            AwsFailures.run("Inventory adjust", () -> client.updateItem(request));
            return new ApplyOutcome.Applied();
        } catch (ConditionalCheckFailedException refused) {
            var item = read(movement.productId());
            if (item.isEmpty()) {
                return new ApplyOutcome.UnknownProduct();
            }
            return item.containsKey(PREFIX + movement.movementId()) ? new ApplyOutcome.AlreadyApplied() : new ApplyOutcome.CountChanged();
        }
    }

    @Override
    public DeltaOutcome applyDelta(StockMovement movement) {
        String condition = "attribute_exists(productId) AND attribute_not_exists(#p)";
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":d", n(movement.delta()));
        values.put(":movement", AttributeValue.fromM(DynamoDbStockMovementRepository.toItem(movement)));
        if (movement.delta() < 0) {
            condition += " AND available >= :minus";
            values.put(":minus", n(-movement.delta()));
        }
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(movement.productId())))
                // Right-hand sides read the item as it was, so #b keeps the count before this change.
                .updateExpression("SET available = available + :d, #p = :movement, #b = available")
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#p", PREFIX + movement.movementId(), "#b", BEFORE_PREFIX + movement.movementId()))
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.UPDATED_OLD)
                .build();
        try {
            UpdateItemResponse response = AwsFailures.call("Inventory adjust", () -> client.updateItem(request));
            long before = Long.parseLong(response.attributes().get("available").n());
            return new DeltaOutcome.Applied(withCounts(movement, before));
        } catch (ConditionalCheckFailedException refused) {
            var item = read(movement.productId());
            if (item.isEmpty()) {
                return new DeltaOutcome.UnknownProduct();
            }
            if (item.containsKey(PREFIX + movement.movementId())) {
                return new DeltaOutcome.AlreadyApplied();
            }
            return new DeltaOutcome.Insufficient(Long.parseLong(item.get("available").n()));
        }
    }

    private static StockMovement withCounts(StockMovement m, long before) {
        return new StockMovement(m.productId(), m.movementId(), m.reason(), m.delta(), before, before + m.delta(),
                m.orderId(), m.actor(), m.note(), m.at());
    }

    @Override
    public List<StockMovement> pending(String productId) {
        List<StockMovement> parked = new ArrayList<>();
        Map<String, AttributeValue> item = read(productId);
        item.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && value.hasM()) {
                StockMovement movement = DynamoDbStockMovementRepository.toMovement(value.m());
                AttributeValue before = item.get(BEFORE_PREFIX + movement.movementId());
                parked.add(before != null && movement.before() == null ? withCounts(movement, Long.parseLong(before.n())) : movement);
            }
        });
        parked.sort(Comparator.comparing(StockMovement::movementId));
        return parked;
    }

    @Override
    public void settle(String productId, String movementId) {
        AwsFailures.run("Inventory settle movement", () -> client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("REMOVE #p, #b")
                .conditionExpression("attribute_exists(productId)")
                .expressionAttributeNames(Map.of("#p", PREFIX + movementId, "#b", BEFORE_PREFIX + movementId))));
    }

    private Map<String, AttributeValue> read(String productId) {
        var response = AwsFailures.call("Inventory GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId))).consistentRead(true)));
        return response.hasItem() ? response.item() : Map.of();
    }
}
