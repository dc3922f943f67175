package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.port.CustomerDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Customers table items keyed by {@code customerId} ({@code cus_…}, from the email): email, name,
 * phone (E.164, the PhoneIndex key, absent when unknown so the index stays sparse), firstOrderAt,
 * lastOrderAt, lastOrderId. Erasure audit entries live in the same table under
 * {@code audit#erasure#<customerId>#<time>} and carry no personal data.
 */
public final class DynamoDbCustomerDirectory implements CustomerDirectory {

    private static final String CUSTOMER_PREFIX = "cus_";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbCustomerDirectory(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void remember(String customerId, String email, String name, String phoneE164, String orderId, Instant orderedAt) {
        Map<String, String> names = new HashMap<>(Map.of("#name", "name"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":email", s(email), ":name", s(name),
                ":at", s(orderedAt.toString()), ":order", s(orderId)));
        String set = "SET email = :email, #name = :name, firstOrderAt = if_not_exists(firstOrderAt, :at),"
                + " lastOrderAt = :at, lastOrderId = :order";
        if (phoneE164 != null) {
            set += ", phone = :phone";
            values.put(":phone", s(phoneE164));
        }
        // An older order's late retry must not roll the caller's details back: only the newest order writes.
        var request = UpdateItemRequest.builder().tableName(tableName).key(Map.of("customerId", s(customerId)))
                .updateExpression(set)
                .conditionExpression("attribute_not_exists(lastOrderAt) OR lastOrderAt <= :at")
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
        try {
            AwsFailures.run("Customers UpdateItem", () -> client.updateItem(request));
        } catch (ConditionalCheckFailedException newerOrderAlreadyRecorded) {
            // nothing to do: the record already reflects a later order
        }
    }

    @Override
    public Optional<CustomerRecord> find(String customerId) {
        var response = AwsFailures.call("Customers GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("customerId", s(customerId))).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(toRecord(response.item())) : Optional.empty();
    }

    @Override
    public List<CustomerRecord> findByPhone(String phoneE164, int limit) {
        var request = QueryRequest.builder().tableName(tableName).indexName("PhoneIndex")
                .keyConditionExpression("phone = :phone")
                .expressionAttributeValues(Map.of(":phone", s(phoneE164)))
                .scanIndexForward(false).limit(limit).build();
        var response = AwsFailures.call("Customers Query PhoneIndex", () -> client.query(request));
        return response.items().stream().map(DynamoDbCustomerDirectory::toRecord).toList();
    }

    @Override
    public boolean forget(String customerId) {
        try {
            AwsFailures.run("Customers DeleteItem", () -> client.deleteItem(r -> r.tableName(tableName)
                    .key(Map.of("customerId", s(customerId))).conditionExpression("attribute_exists(customerId)")));
            return true;
        } catch (ConditionalCheckFailedException absent) {
            return false;
        }
    }

    @Override
    public CustomerPage list(int limit, String startAfter) {
        // The export reads the whole directory by nature: the one Scan here, managers only, never on a hot path.
        var builder = ScanRequest.builder().tableName(tableName).limit(limit)
                .filterExpression("begins_with(customerId, :prefix)")
                .expressionAttributeValues(Map.of(":prefix", s(CUSTOMER_PREFIX)));
        if (startAfter != null) {
            builder.exclusiveStartKey(Map.of("customerId", s(startAfter)));
        }
        var request = builder.build();
        var response = AwsFailures.call("Customers Scan", () -> client.scan(request));
        List<CustomerRecord> items = new ArrayList<>(response.items().stream().map(DynamoDbCustomerDirectory::toRecord).toList());
        String cursor = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey().get("customerId").s() : null;
        return new CustomerPage(items, cursor);
    }

    @Override
    public void auditErasure(String customerId, String actor, int ordersAnonymised, Instant at) {
        Map<String, AttributeValue> item = Map.of(
                "customerId", s("audit#erasure#" + customerId + "#" + at),
                "action", s("CUSTOMER_ERASED"),
                "subject", s(customerId),
                "actor", s(actor),
                "ordersAnonymised", n(ordersAnonymised),
                "at", s(at.toString()));
        AwsFailures.run("Customers PutItem audit", () -> client.putItem(r -> r.tableName(tableName).item(item)));
    }

    private static CustomerRecord toRecord(Map<String, AttributeValue> item) {
        return new CustomerRecord(str(item, "customerId"), str(item, "email"), str(item, "name"), str(item, "phone"),
                instant(item, "firstOrderAt"), instant(item, "lastOrderAt"), str(item, "lastOrderId"));
    }
}
