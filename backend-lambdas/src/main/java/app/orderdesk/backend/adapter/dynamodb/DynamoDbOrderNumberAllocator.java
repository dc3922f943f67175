package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.OrderNumberAllocator;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** An atomic counter item {@code {pk: "counter#order-number", counterValue}} in the Idempotency table. */
public final class DynamoDbOrderNumberAllocator implements OrderNumberAllocator {

    static final String COUNTER_KEY = "counter#order-number";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbOrderNumberAllocator(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public long next() {
        var response = AwsFailures.call("Order number UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(COUNTER_KEY)))
                .updateExpression("ADD counterValue :one")
                .expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)));
        return Long.parseLong(response.attributes().get("counterValue").n());
    }
}
