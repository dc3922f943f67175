package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.port.ReceiptSources;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The order item and the store settings item in one consistent {@code BatchGetItem} across the two
 * tables, mapped exactly as {@link DynamoDbOrderRepository} and {@link DynamoDbStoreSettingsRepository}
 * map them. Keys DynamoDB leaves unprocessed (throttling) are asked for again.
 */
public final class DynamoDbReceiptSources implements ReceiptSources {

    private final DynamoDbClient client;
    private final String ordersTable;
    private final String settingsTable;
    private final String settingsKey;
    private final ZoneId storeZone;

    public DynamoDbReceiptSources(DynamoDbClient client, String ordersTable, String settingsTable, ZoneId storeZone) {
        this(client, ordersTable, settingsTable, DynamoDbStoreSettingsRepository.KEY, storeZone);
    }

    /** With the settings under another key: for contract tests that must not touch a running store's settings. */
    public DynamoDbReceiptSources(DynamoDbClient client, String ordersTable, String settingsTable, String settingsKey,
                                  ZoneId storeZone) {
        this.client = client;
        this.ordersTable = ordersTable;
        this.settingsTable = settingsTable;
        this.settingsKey = settingsKey;
        this.storeZone = storeZone;
    }

    @Override
    public Optional<Sources> find(String orderId) {
        Map<String, KeysAndAttributes> pending = Map.of(
                ordersTable, KeysAndAttributes.builder().keys(List.of(Map.of("orderId", s(orderId)))).consistentRead(true).build(),
                settingsTable, KeysAndAttributes.builder().keys(List.of(Map.of("pk", s(settingsKey)))).consistentRead(true).build());
        Map<String, List<Map<String, AttributeValue>>> found = BatchGets.all(client, "Orders and settings BatchGetItem", pending);
        Map<String, AttributeValue> order = only(found.get(ordersTable));
        if (order == null || order.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sources(DynamoDbOrderRepository.toOrder(order),
                DynamoDbStoreSettingsRepository.toSettings(only(found.get(settingsTable)), storeZone)));
    }

    /** The one item read from a table for one key; null when there was none. */
    private static Map<String, AttributeValue> only(List<Map<String, AttributeValue>> items) {
        return items == null || items.isEmpty() ? null : items.getLast();
    }
}
