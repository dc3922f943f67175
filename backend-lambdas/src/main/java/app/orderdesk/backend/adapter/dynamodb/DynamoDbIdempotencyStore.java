package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.IdempotencyStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Idempotency table items {@code {pk: "idem#<key>", requestHash, orderId, createdAt, expiresAt}};
 * {@code expiresAt} is epoch seconds because DynamoDB TTL reads only numbers.
 */
public final class DynamoDbIdempotencyStore implements IdempotencyStore {

    static final String PREFIX = "idem#";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbIdempotencyStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
        Map<String, AttributeValue> item = Map.of(
                "pk", s(PREFIX + record.key()),
                "requestHash", s(record.requestHash()),
                "orderId", s(record.orderId()),
                "createdAt", s(record.createdAt().toString()),
                "expiresAt", n(record.expiresAt().getEpochSecond()));
        try {
            AwsFailures.run("Idempotency PutItem", () -> client.putItem(r -> r.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(pk)")));
            return Optional.empty();
        } catch (ConditionalCheckFailedException taken) {
            return find(record.key());
        }
    }

    @Override
    public void release(IdempotencyRecord record) {
        try {
            AwsFailures.run("Idempotency DeleteItem", () -> client.deleteItem(r -> r.tableName(tableName)
                    .key(Map.of("pk", s(PREFIX + record.key())))
                    .conditionExpression("orderId = :id AND requestHash = :hash")
                    .expressionAttributeValues(Map.of(":id", s(record.orderId()), ":hash", s(record.requestHash())))));
        } catch (ConditionalCheckFailedException boundElsewhere) {
            // gone already, or another request's: not ours to forget
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String key) {
        var existing = AwsFailures.call("Idempotency GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(PREFIX + key))).consistentRead(true)));
        if (!existing.hasItem() || existing.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = existing.item();
        return Optional.of(new IdempotencyRecord(key, str(item, "requestHash"), str(item, "orderId"),
                Instant.parse(str(item, "createdAt")), Instant.ofEpochSecond(num(item, "expiresAt", 0))));
    }
}
