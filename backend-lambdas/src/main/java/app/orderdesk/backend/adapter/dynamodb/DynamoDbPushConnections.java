package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.port.PushConnections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Two tables (ADR 0033). Connections: {@code {connectionId, userId, email, groups,
 * connectedAt, expiresAt, topics}} — {@code topics} (a string set) is what the desk subscribed to, so a
 * close can remove it everywhere without a read. Subscriptions: one item per topic, {@code {topic,
 * connectionIds, expiresAt}}, so a function pushing a change reads the subscribers of its topics with one
 * BatchGetItem by key and never scans. {@code expiresAt} (epoch seconds) is each table's TTL attribute; a
 * topic item's is two hours after its last subscribe, past every member's own connection limit.
 */
public final class DynamoDbPushConnections implements PushConnections {

    /** API Gateway closes a WebSocket connection after two hours at most. */
    private static final Duration MAX_CONNECTION = Duration.ofHours(2);
    /** BatchGetItem reads at most 100 keys per request. */
    private static final int BATCH_KEYS = 100;

    private final DynamoDbClient client;
    private final String tableName;
    private final Supplier<String> subscriptionsTable;

    /** The subscriptions table is named at first use: a function that never joins or leaves a topic needs no name. */
    public DynamoDbPushConnections(DynamoDbClient client, String tableName, Supplier<String> subscriptionsTable) {
        this.client = client;
        this.tableName = tableName;
        this.subscriptionsTable = subscriptionsTable;
    }

    @Override
    public void open(Connection connection) {
        client.putItem(r -> r.tableName(tableName).item(item(connection)));
    }

    /**
     * The connection item lists its topics from the start (one PutItem, so a close finds them), then each
     * topic item gains the connection: no UpdateItem on the connections table at connect.
     */
    @Override
    public void open(Connection connection, Set<String> topics, Instant now) {
        Map<String, AttributeValue> item = item(connection);
        if (!topics.isEmpty()) {
            item.put("topics", AttributeValue.fromSs(List.copyOf(topics)));
        }
        client.putItem(r -> r.tableName(tableName).item(item));
        join(connection.connectionId(), topics, now);
    }

    private static Map<String, AttributeValue> item(Connection connection) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("connectionId", s(connection.connectionId()));
        item.put("userId", s(connection.userId()));
        Attr.putIfPresent(item, "email", connection.email());
        Attr.putIfPresent(item, "groups", connection.groups().isEmpty() ? null : String.join(",", connection.groups()));
        item.put("connectedAt", s(connection.connectedAt().toString()));
        item.put("expiresAt", n(connection.expiresAt().getEpochSecond()));
        return item;
    }

    @Override
    public void close(String connectionId) {
        Map<String, AttributeValue> old = client.deleteItem(r -> r.tableName(tableName)
                .key(Map.of("connectionId", s(connectionId))).returnValues(ReturnValue.ALL_OLD)).attributes();
        AttributeValue topics = old == null ? null : old.get("topics");
        if (topics != null && topics.hasSs()) {
            topics.ss().forEach(topic -> leave(topic, connectionId));
        }
    }

    @Override
    public boolean subscribe(String connectionId, Set<String> topics, Instant now) {
        if (topics.isEmpty()) {
            return true;
        }
        // The connection item first: a close that follows finds every topic it must leave.
        try {
            client.updateItem(r -> r.tableName(tableName).key(Map.of("connectionId", s(connectionId)))
                    .updateExpression("ADD topics :t")
                    .conditionExpression("attribute_exists(connectionId)")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromSs(List.copyOf(topics)))));
        } catch (ConditionalCheckFailedException closed) {
            return false;
        }
        join(connectionId, topics, now);
        return true;
    }

    private void join(String connectionId, Set<String> topics, Instant now) {
        AttributeValue member = AttributeValue.fromSs(List.of(connectionId));
        AttributeValue expiresAt = n(now.plus(MAX_CONNECTION).getEpochSecond());
        for (String topic : topics) {
            client.updateItem(r -> r.tableName(subscriptionsTable.get()).key(Map.of("topic", s(topic)))
                    .updateExpression("ADD connectionIds :c SET expiresAt = :e")
                    .expressionAttributeValues(Map.of(":c", member, ":e", expiresAt)));
        }
    }

    @Override
    public void unsubscribe(String connectionId, Set<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        topics.forEach(topic -> leave(topic, connectionId));
        try {
            client.updateItem(r -> r.tableName(tableName).key(Map.of("connectionId", s(connectionId)))
                    .updateExpression("DELETE topics :t")
                    .conditionExpression("attribute_exists(connectionId)")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromSs(List.copyOf(topics)))));
        } catch (ConditionalCheckFailedException closed) {
            // already gone with all its subscriptions
        }
    }

    private void leave(String topic, String connectionId) {
        try {
            // Conditional: a DELETE on a missing item would create an empty one.
            client.updateItem(r -> r.tableName(subscriptionsTable.get()).key(Map.of("topic", s(topic)))
                    .updateExpression("DELETE connectionIds :c")
                    .conditionExpression("attribute_exists(topic)")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of(connectionId)))));
        } catch (ConditionalCheckFailedException expired) {
            // the topic item is gone (TTL): nothing to leave
        }
    }

    @Override
    public Map<String, Set<String>> subscribers(Set<String> topics) {
        Map<String, Set<String>> subscribers = new HashMap<>();
        List<String> all = List.copyOf(topics);
        long now = Instant.now().getEpochSecond();
        for (int from = 0; from < all.size(); from += BATCH_KEYS) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            all.subList(from, Math.min(all.size(), from + BATCH_KEYS)).forEach(t -> keys.add(Map.of("topic", s(t))));
            // Consistent: a subscribe whose answer the desk has seen must be read here (no missed update).
            Map<String, KeysAndAttributes> request = Map.of(subscriptionsTable.get(),
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                BatchGetItemResponse page = client.batchGetItem(r -> r.requestItems(ask));
                for (Map<String, AttributeValue> item : page.responses().getOrDefault(subscriptionsTable.get(), List.of())) {
                    AttributeValue members = item.get("connectionIds");
                    // TTL deletes within days, not at once: an expired topic item's members are all closed.
                    if (members != null && members.hasSs() && Attr.num(item, "expiresAt", 0) > now) {
                        subscribers.put(str(item, "topic"), new LinkedHashSet<>(members.ss()));
                    }
                }
                request = page.hasUnprocessedKeys() ? page.unprocessedKeys() : Map.of();
            }
        }
        return subscribers;
    }
}
