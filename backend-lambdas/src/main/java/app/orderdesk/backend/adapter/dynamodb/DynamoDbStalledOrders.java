package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.StalledOrders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** RECEIVED orders from StatusIndex (status, createdAt), oldest first, without an acceptance or a retry hold. */
public final class DynamoDbStalledOrders implements StalledOrders {

    private static final int MAX_PAGES = 10;

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbStalledOrders(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public List<String> neverStarted(Instant placedBefore, int limit) {
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        for (int page = 0; page < MAX_PAGES && ids.size() < limit; page++) {
            QueryRequest request = QueryRequest.builder().tableName(tableName).indexName("StatusIndex")
                    // createdAt is an ISO instant; its text orders by time to the second, which is all a bound needs.
                    .keyConditionExpression("#status = :received AND createdAt < :before")
                    .filterExpression("attribute_not_exists(acceptedAt) AND attribute_not_exists(retryHold)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":received", s(OrderStatus.RECEIVED.name()), ":before", s(placedBefore.toString())))
                    .projectionExpression("orderId")
                    .exclusiveStartKey(startKey)
                    .build();
            var response = AwsFailures.call("Orders Query StatusIndex", () -> client.query(request));
            response.items().forEach(item -> ids.add(str(item, "orderId")));
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            if (startKey == null) {
                break;
            }
        }
        return ids.size() > limit ? List.copyOf(ids.subList(0, limit)) : List.copyOf(ids);
    }
}
