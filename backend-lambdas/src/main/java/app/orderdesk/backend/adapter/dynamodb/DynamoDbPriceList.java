package app.orderdesk.backend.adapter.dynamodb;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.port.PriceList;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The products and the settings item in one BatchGetItem across the Inventory and Idempotency tables
 * (a batch may span tables), so placing an order reads its tax rates without another round trip.
 */
public final class DynamoDbPriceList implements PriceList {

    /** BatchGetItem takes 100 keys; one is the settings item. */
    private static final int PRODUCTS_PER_BATCH = 99;

    private final DynamoDbClient client;
    private final String inventoryTable;
    private final String settingsTable;
    private final String settingsKey;
    private final ZoneId storeZone;

    public DynamoDbPriceList(DynamoDbClient client, String inventoryTable, String settingsTable, ZoneId storeZone) {
        this(client, inventoryTable, settingsTable, DynamoDbStoreSettingsRepository.KEY, storeZone);
    }

    /** Under another settings key: for contract tests that must not touch a running store's settings. */
    public DynamoDbPriceList(DynamoDbClient client, String inventoryTable, String settingsTable, String settingsKey,
                             ZoneId storeZone) {
        this.client = client;
        this.inventoryTable = inventoryTable;
        this.settingsTable = settingsTable;
        this.settingsKey = settingsKey;
        this.storeZone = storeZone;
    }

    @Override
    public Prices read(Collection<String> productIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(productIds));
        Map<String, Product> products = new HashMap<>();
        Map<String, AttributeValue> settingsItem = null;
        boolean settingsAsked = false;
        for (int from = 0; from < ids.size() || !settingsAsked; from += PRODUCTS_PER_BATCH) {
            Map<String, KeysAndAttributes> request = new HashMap<>();
            List<Map<String, AttributeValue>> keys = ids.subList(Math.min(from, ids.size()), Math.min(ids.size(), from + PRODUCTS_PER_BATCH))
                    .stream().map(id -> Map.of("productId", Attr.s(id))).toList();
            if (!keys.isEmpty()) {
                request.put(inventoryTable, KeysAndAttributes.builder().keys(keys).build());
            }
            if (!settingsAsked) {
                // Consistent like the settings' own read: a manager's change applies to the next order.
                request.put(settingsTable, KeysAndAttributes.builder().consistentRead(true)
                        .keys(Map.of("pk", Attr.s(settingsKey))).build());
                settingsAsked = true;
            }
            Map<String, List<Map<String, AttributeValue>>> read = BatchGets.all(client, "Price list BatchGetItem", request);
            read.getOrDefault(inventoryTable, List.of())
                    .forEach(item -> products.put(item.get("productId").s(), DynamoDbInventoryRepository.toProduct(item)));
            for (Map<String, AttributeValue> item : read.getOrDefault(settingsTable, List.of())) {
                settingsItem = item;
            }
        }
        return new Prices(products, DynamoDbStoreSettingsRepository.toSettings(settingsItem, storeZone));
    }
}
