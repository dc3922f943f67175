package app.orderdesk.backend.adapter.dynamodb;

import app.orderdesk.backend.adapter.AwsFailures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** One BatchGetItem, asked again for the keys DynamoDB leaves unprocessed (throttling), until every key was read. */
final class BatchGets {

    private BatchGets() {}

    /** The items read, by table; {@code operation} names the call in errors. */
    static Map<String, List<Map<String, AttributeValue>>> all(DynamoDbClient client, String operation,
                                                            Map<String, KeysAndAttributes> requestItems) {
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        Map<String, KeysAndAttributes> pending = requestItems;
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> asked = pending;
            BatchGetItemResponse response = AwsFailures.call(operation, () -> client.batchGetItem(r -> r.requestItems(asked)));
            response.responses().forEach((table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
            pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }
}
