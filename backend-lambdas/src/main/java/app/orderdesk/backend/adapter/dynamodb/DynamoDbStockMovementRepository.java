package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.putIfPresent;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockMovementRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * StockMovements items {@code {productId, movementId, reason, delta, before?, after?, orderId?, actor,
 * note?, at}}, written once per movement id; movement ids start with the time, so the sort key
 * orders them by time.
 */
public final class DynamoDbStockMovementRepository implements StockMovementRepository {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbStockMovementRepository(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public boolean record(StockMovement movement) {
        Map<String, AttributeValue> item = toItem(movement);
        try {
            AwsFailures.run("StockMovements PutItem", () -> client.putItem(r -> r.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(movementId)")));
            return true;
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            return false;
        }
    }

    @Override
    public Optional<StockMovement> find(String productId, String movementId) {
        var response = AwsFailures.call("StockMovements GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId), "movementId", s(movementId))).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(toMovement(response.item())) : Optional.empty();
    }

    @Override
    public MovementSlice list(String productId, int limit, String startAfter) {
        var builder = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("productId = :p")
                .expressionAttributeValues(Map.of(":p", s(productId)))
                .scanIndexForward(false)
                .limit(limit);
        if (startAfter != null) {
            builder.exclusiveStartKey(Map.of("productId", s(productId), "movementId", s(startAfter)));
        }
        var response = AwsFailures.call("StockMovements Query", () -> client.query(builder.build()));
        var items = response.items().stream().map(DynamoDbStockMovementRepository::toMovement).toList();
        String last = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? str(response.lastEvaluatedKey(), "movementId") : null;
        return new MovementSlice(items, last);
    }

    static Map<String, AttributeValue> toItem(StockMovement movement) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("productId", s(movement.productId()));
        item.put("movementId", s(movement.movementId()));
        item.put("reason", s(movement.reason()));
        item.put("delta", n(movement.delta()));
        if (movement.before() != null) {
            item.put("before", n(movement.before()));
        }
        if (movement.after() != null) {
            item.put("after", n(movement.after()));
        }
        putIfPresent(item, "orderId", movement.orderId());
        item.put("actor", s(movement.actor()));
        putIfPresent(item, "note", movement.note());
        item.put("at", s(movement.at().toString()));
        return item;
    }

    static StockMovement toMovement(Map<String, AttributeValue> item) {
        return new StockMovement(str(item, "productId"), str(item, "movementId"), str(item, "reason"),
                num(item, "delta", 0), optionalNum(item, "before"), optionalNum(item, "after"), str(item, "orderId"),
                str(item, "actor"), str(item, "note"), instant(item, "at"));
    }

    private static Long optionalNum(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? num(item, name, 0) : null;
    }
}
