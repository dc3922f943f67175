package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.port.PushConnections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Connections table items {@code {connectionId, userId, email, groups, connectedAt, expiresAt}};
 * {@code expiresAt} in epoch seconds is the table's TTL attribute. Read whole with Scan: the table holds
 * one item per open desk, a handful per store.
 */
public final class DynamoDbPushConnections implements PushConnections {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbPushConnections(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void open(Connection connection) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("connectionId", s(connection.connectionId()));
        item.put("userId", s(connection.userId()));
        Attr.putIfPresent(item, "email", connection.email());
        Attr.putIfPresent(item, "groups", connection.groups().isEmpty() ? null : String.join(",", connection.groups()));
        item.put("connectedAt", s(connection.connectedAt().toString()));
        item.put("expiresAt", n(connection.expiresAt().getEpochSecond()));
        client.putItem(r -> r.tableName(tableName).item(item));
    }

    @Override
    public void close(String connectionId) {
        client.deleteItem(r -> r.tableName(tableName).key(Map.of("connectionId", s(connectionId))));
    }

    @Override
    public List<Connection> all() {
        List<Connection> connections = new ArrayList<>();
        Instant now = Instant.now();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(r -> r.tableName(tableName).exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()));
                // TTL deletes within days, not at once: an expired item is a connection API Gateway already closed.
                if (expiresAt.isAfter(now)) {
                    String groups = str(item, "groups");
                    connections.add(new Connection(str(item, "connectionId"), str(item, "userId"), str(item, "email"),
                            groups == null || groups.isEmpty() ? List.of() : List.of(groups.split(",")),
                            instant(item, "connectedAt"), expiresAt));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return connections;
    }
}
