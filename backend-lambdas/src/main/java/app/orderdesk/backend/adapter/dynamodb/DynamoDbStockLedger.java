package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockLedger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Adjusts the Inventory item's {@code available} and parks the movement on the same item as a
 * top-level map attribute {@code pendingMovement:<movementId>} (top-level, because DynamoDB cannot
 * SET into a map the item may not have), in one UpdateItem conditional on the count read before.
 */
public final class DynamoDbStockLedger implements StockLedger {

    static final String PREFIX = "pendingMovement:";

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
    public List<StockMovement> pending(String productId) {
        List<StockMovement> parked = new ArrayList<>();
        read(productId).forEach((name, value) -> {
            if (name.startsWith(PREFIX) && value.hasM()) {
                parked.add(DynamoDbStockMovementRepository.toMovement(value.m()));
            }
        });
        parked.sort(Comparator.comparing(StockMovement::movementId));
        return parked;
    }

    @Override
    public void settle(String productId, String movementId) {
        AwsFailures.run("Inventory settle movement", () -> client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("REMOVE #p")
                .conditionExpression("attribute_exists(productId)")
                .expressionAttributeNames(Map.of("#p", PREFIX + movementId))));
    }

    private Map<String, AttributeValue> read(String productId) {
        var response = AwsFailures.call("Inventory GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId))).consistentRead(true)));
        return response.hasItem() ? response.item() : Map.of();
    }
}
