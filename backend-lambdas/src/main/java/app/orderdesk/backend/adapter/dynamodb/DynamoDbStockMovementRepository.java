package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.putIfPresent;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockMovementRepository;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * StockMovements items {@code {productId, movementId, reason, delta, before?, after?, orderId?, actor,
 * note?, at}}, written once per movement id.
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
        try {
            AwsFailures.run("StockMovements PutItem", () -> client.putItem(r -> r.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(movementId)")));
            return true;
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            return false;
        }
    }
}
