package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.AttentionQueue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads the attention list from StatusIndex: one Query per status, bounded by createdAt, newest first —
 * FAILED orders, paid orders with a note, and RECEIVED/RESERVED orders held for a retry (ADR 0013) or with a note
 * (left for people after repeated stops, ADR 0035).
 */
public final class DynamoDbAttentionQueue implements AttentionQueue {

    private static final DateTimeFormatter BOUND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final List<OrderStatus> FLAGGABLE = List.of(OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY);
    private static final List<OrderStatus> HOLDABLE = List.of(OrderStatus.RECEIVED, OrderStatus.RESERVED);
    private static final int MAX_PAGES = 10;

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbAttentionQueue(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public List<AttentionOrder> since(Instant since, int limit) {
        List<AttentionOrder> found = new ArrayList<>(query(OrderStatus.FAILED, since, limit, null));
        for (OrderStatus status : FLAGGABLE) {
            found.addAll(query(status, since, limit, "attribute_exists(statusReason)"));
        }
        for (OrderStatus status : HOLDABLE) {
            // Held for a retry, or left for people after repeated stops (ADR 0035): both carry a status reason.
            found.addAll(query(status, since, limit, "attribute_exists(retryHold) OR attribute_exists(statusReason)"));
        }
        found.sort(Comparator.comparing(AttentionOrder::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    private List<AttentionOrder> query(OrderStatus status, Instant since, int limit, String filter) {
        List<AttentionOrder> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        for (int page = 0; page < MAX_PAGES && items.size() < limit; page++) {
            var builder = QueryRequest.builder().tableName(tableName).indexName("StatusIndex")
                    .keyConditionExpression("#status = :status AND createdAt >= :since")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":status", s(status.name()),
                            ":since", s(BOUND.format(since.truncatedTo(ChronoUnit.SECONDS)))))
                    .projectionExpression("orderId, orderNumber, #status, statusReason, statusReasonCode, totalCents, currency, createdAt")
                    .scanIndexForward(false).limit(limit).exclusiveStartKey(startKey);
            if (filter != null) {
                builder.filterExpression(filter);
            }
            var request = builder.build();
            var response = AwsFailures.call("Orders Query StatusIndex", () -> client.query(request));
            response.items().forEach(item -> items.add(new AttentionOrder(str(item, "orderId"), str(item, "orderNumber"),
                    status, str(item, "statusReason"), num(item, "totalCents", 0), str(item, "currency"), instant(item, "createdAt"),
                    Attr.reasonCode(item, "statusReasonCode"))));
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            if (startKey == null) {
                break;
            }
        }
        return items.size() > limit ? items.subList(0, limit) : items;
    }
}
