package app.orderdesk.backend.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.OrderSearch.Criteria;
import app.orderdesk.backend.port.StockLedger.ApplyOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** The requests the order search and the stock ledger send, checked against a recording client. */
class DynamoDbSearchAndLedgerTest {

    private static Map<String, AttributeValue> order(String id, String createdAt) {
        return Map.of("orderId", AttributeValue.fromS(id), "orderNumber", AttributeValue.fromS("OD-000001"),
                "status", AttributeValue.fromS("PAID"), "customerEmail", AttributeValue.fromS("ada@example.test"),
                "customerName", AttributeValue.fromS("Ada"), "totalCents", AttributeValue.fromN("1250"),
                "currency", AttributeValue.fromS("USD"), "createdAt", AttributeValue.fromS(createdAt));
    }

    /** Records requests; answers queries with one order and a last key, scans with three orders. */
    private static final class Recording implements DynamoDbClient {
        final List<QueryRequest> queries = new ArrayList<>();
        final List<UpdateItemRequest> updates = new ArrayList<>();

        @Override
        public QueryResponse query(QueryRequest request) {
            queries.add(request);
            return QueryResponse.builder().items(List.of(order("o-1", "2026-03-01T10:00:00Z")))
                    .lastEvaluatedKey(Map.of("orderId", AttributeValue.fromS("o-1"),
                            "customerEmail", AttributeValue.fromS("ada@example.test"),
                            "createdAt", AttributeValue.fromS("2026-03-01T10:00:00Z"))).build();
        }

        @Override
        public ScanResponse scan(ScanRequest request) {
            return ScanResponse.builder().items(List.of(order("o-1", "2026-03-01T10:00:00Z"),
                    order("o-3", "2026-03-03T10:00:00.5Z"), order("o-2", "2026-03-02T10:00:00Z"))).build();
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            updates.add(request);
            return UpdateItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    private final Recording client = new Recording();
    private final DynamoDbOrderSearch search = new DynamoDbOrderSearch(client, "Orders");

    @Test
    void searchesByEmailOnItsIndexNewestFirstWithinTheDates() {
        var slice = search.search(new Criteria(null, "ada@example.test", null, OrderStatus.PAID,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), 1, null));

        QueryRequest sent = client.queries.getFirst();
        assertThat(sent.indexName()).isEqualTo("CustomerEmailIndex");
        assertThat(sent.scanIndexForward()).isFalse();
        assertThat(sent.keyConditionExpression()).isEqualTo("#key = :key AND createdAt BETWEEN :from AND :to");
        assertThat(sent.expressionAttributeValues().get(":to").s()).isEqualTo("2026-03-02T00:00:00");
        assertThat(sent.filterExpression()).isEqualTo("#status = :status");
        assertThat(slice.items()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.PAID));

        search.search(new Criteria(null, "ada@example.test", null, null, null, null, 1, slice.cursor()));
        assertThat(client.queries.getLast().exclusiveStartKey().get("orderId").s()).isEqualTo("o-1");
    }

    @Test
    void refusesACursorFromAnotherSearch() {
        var slice = search.search(new Criteria(null, "ada@example.test", null, null, null, null, 1, null));

        assertThatThrownBy(() -> search.search(new Criteria(null, "bob@example.test", null, null, null, null, 1, slice.cursor())))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> search.search(new Criteria(null, null, null, OrderStatus.PAID, null, null, 1, "not json")))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void aDateOnlySearchScansSortsNewestFirstAndPages() {
        var first = search.search(new Criteria(null, null, null, null, null, null, 2, null));
        assertThat(first.items()).extracting(o -> o.orderId()).containsExactly("o-3", "o-2");

        var second = search.search(new Criteria(null, null, null, null, null, null, 2, first.cursor()));
        assertThat(second.items()).extracting(o -> o.orderId()).containsExactly("o-1");
        assertThat(second.cursor()).isNull();
    }

    @Test
    void theLedgerChangesTheCountAndParksTheMovementInOneConditionalWrite() {
        var movement = new StockMovement("p-mug", "2026-03-01T10:15:30.000Z#m1", "DAMAGED", -2, 10L, 8L, null, "mia", null,
                Instant.parse("2026-03-01T10:15:30Z"));

        assertThat(new DynamoDbStockLedger(client, "Inventory", java.time.Clock.systemUTC()).apply(movement)).isInstanceOf(ApplyOutcome.Applied.class);

        UpdateItemRequest sent = client.updates.getFirst();
        assertThat(sent.conditionExpression()).contains("available = :before").contains("attribute_not_exists(#p)");
        assertThat(sent.expressionAttributeNames().get("#p")).isEqualTo("pendingMovement:2026-03-01T10:15:30.000Z#m1");
        var parked = sent.expressionAttributeValues().get(":movement").m();
        assertThat(DynamoDbStockMovementRepository.toMovement(parked)).isEqualTo(movement);
    }
}
