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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * From StatusIndex (status, createdAt), oldest first: RECEIVED orders without an acceptance or a retry hold, and
 * in-flight orders without a hold or a status reason whose last write is older than the bound.
 */
public final class DynamoDbStalledOrders implements StalledOrders {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbStalledOrders(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public List<String> neverStarted(Instant placedBefore, int limit) {
        QueryRequest request = QueryRequest.builder().tableName(tableName).indexName("StatusIndex")
                // createdAt is an ISO instant; its text orders by time to the second, which is all a bound needs.
                .keyConditionExpression("#status = :received AND createdAt < :before")
                .filterExpression("attribute_not_exists(acceptedAt) AND attribute_not_exists(retryHold)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":received", s(OrderStatus.RECEIVED.name()), ":before", s(placedBefore.toString())))
                .projectionExpression("orderId")
                .build();
        // The SDK's paginator reads the next page only while fewer than `limit` ids were found.
        return AwsFailures.call("Orders Query StatusIndex", () -> client.queryPaginator(request).items().stream()
                .limit(limit).map(item -> str(item, "orderId")).toList());
    }

    @Override
    public List<InFlight> inFlight(Instant lastWrittenBefore, int limit) {
        List<InFlight> found = new ArrayList<>();
        // One query per status (the index's key); createdAt <= updatedAt, so the bound narrows the key range too.
        for (OrderStatus status : IN_FLIGHT.stream().sorted().toList()) {
            if (found.size() >= limit) {
                break;
            }
            String accepted = status == OrderStatus.RECEIVED ? " AND attribute_exists(acceptedAt)" : "";
            QueryRequest request = QueryRequest.builder().tableName(tableName).indexName("StatusIndex")
                    .keyConditionExpression("#status = :status AND createdAt < :before")
                    // An order with a status reason is people's: its receipt flagged for a resend, or left after repeated stops.
                    .filterExpression("updatedAt < :before AND attribute_not_exists(retryHold) AND attribute_not_exists(statusReason)" + accepted)
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":status", s(status.name()), ":before", s(lastWrittenBefore.toString())))
                    .projectionExpression("orderId, #status, updatedAt")
                    .build();
            int room = limit - found.size();
            found.addAll(AwsFailures.call("Orders Query StatusIndex", () -> client.queryPaginator(request).items().stream()
                    .limit(room).map(item -> new InFlight(str(item, "orderId"), status, Attr.instant(item, "updatedAt"))).toList()));
        }
        return found;
    }
}
