package app.orderdesk.backend.adapter.dynamodb;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.StoreLogo;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.StoreSettingsRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item {@code {pk: "settings#store", …}} in the Idempotency table, beside the order-number
 * counter: a single small record needs no table of its own, and the functions that read it are
 * granted that one key only ({@code dynamodb:LeadingKeys}).
 */
public final class DynamoDbStoreSettingsRepository implements StoreSettingsRepository {

    public static final String KEY = "settings#store";

    private final DynamoDbClient client;
    private final String tableName;
    private final String key;
    private final ZoneId storeZone;

    public DynamoDbStoreSettingsRepository(DynamoDbClient client, String tableName, ZoneId storeZone) {
        this(client, tableName, KEY, storeZone);
    }

    /** Under another key: for contract tests that must not touch a running store's settings. */
    public DynamoDbStoreSettingsRepository(DynamoDbClient client, String tableName, String key, ZoneId storeZone) {
        this.client = client;
        this.tableName = tableName;
        this.key = key;
        this.storeZone = storeZone;
    }

    @Override
    public ZoneId storeZone() {
        return storeZone;
    }

    @Override
    public Optional<StoreSettings> find() {
        var item = AwsFailures.call("Store settings GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("pk", Attr.s(key))).consistentRead(true))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toSettings(item, storeZone));
    }

    /**
     * The settings item as read (also by {@link DynamoDbReceiptSources} and {@link DynamoDbPriceList}, which read
     * it beside other items), in the store's time zone; null or empty: the defaults in that zone.
     */
    static StoreSettings toSettings(Map<String, AttributeValue> item, ZoneId storeZone) {
        if (item == null || item.isEmpty()) {
            return StoreSettings.defaultsIn(storeZone);
        }
        return recorded(item).inZone(storeZone);
    }

    private static StoreSettings recorded(Map<String, AttributeValue> item) {
        return new StoreSettings(text(item, "name"), optional(item, "address"), optional(item, "phone"),
                optional(item, "email"), optional(item, "taxNumber"), Integer.parseInt(item.get("taxRateBasisPoints").n()),
                text(item, "currency"), text(item, "locale"), text(item, "timeZone"), optional(item, "receiptFooter"), text(item, "updatedBy"),
                item.containsKey("updatedAt") ? Instant.parse(item.get("updatedAt").s()) : null,
                item.containsKey("logo") ? StoreLogo.stored(item.get("logo").b().asByteArray()) : null,
                categoryTaxRates(item));
    }

    /** {@code categoryTaxRates}: a map attribute category → N; absent on items saved before categories existed. */
    private static Map<String, Integer> categoryTaxRates(Map<String, AttributeValue> item) {
        AttributeValue rates = item.get("categoryTaxRates");
        if (rates == null || !rates.hasM()) {
            return Map.of();
        }
        Map<String, Integer> result = new HashMap<>();
        rates.m().forEach((category, rate) -> result.put(category, Integer.parseInt(rate.n())));
        return result;
    }

    @Override
    public void save(StoreSettings s) {
        Map<String, AttributeValue> item = item(s);
        AwsFailures.run("Store settings PutItem", () -> client.putItem(r -> r.tableName(tableName).item(item)));
    }

    @Override
    public boolean saveIfUnchanged(StoreSettings s, java.time.Instant readUpdatedAt) {
        Map<String, AttributeValue> item = item(s);
        try {
            AwsFailures.run("Store settings PutItem", () -> client.putItem(r -> {
                r.tableName(tableName).item(item);
                if (readUpdatedAt == null) {
                    r.conditionExpression("attribute_not_exists(updatedAt)");
                } else {
                    r.conditionExpression("updatedAt = :read").expressionAttributeValues(Map.of(":read", Attr.s(readUpdatedAt.toString())));
                }
            }));
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException savedSince) {
            return false;
        }
    }

    private Map<String, AttributeValue> item(StoreSettings s) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", Attr.s(key));
        put(item, "name", s.name());
        put(item, "address", s.address());
        put(item, "phone", s.phone());
        put(item, "email", s.email());
        put(item, "taxNumber", s.taxNumber());
        item.put("taxRateBasisPoints", AttributeValue.fromN(Integer.toString(s.taxRateBasisPoints())));
        put(item, "currency", s.currency());
        put(item, "locale", s.locale());
        put(item, "timeZone", s.timeZone());
        put(item, "receiptFooter", s.receiptFooter());
        put(item, "updatedBy", s.updatedBy());
        put(item, "updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
        if (s.logo() != null) {
            // Binary in the same item (≤ 200 KB): the receipt task reads it with the settings, no extra grant or call.
            item.put("logo", AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(s.logo().bytes())));
        }
        if (!s.categoryTaxRates().isEmpty()) {
            Map<String, AttributeValue> rates = new HashMap<>();
            s.categoryTaxRates().forEach((category, rate) -> rates.put(category, AttributeValue.fromN(Integer.toString(rate))));
            item.put("categoryTaxRates", AttributeValue.fromM(rates));
        }
        return item;
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        // Empty optional fields are left out (not every DynamoDB implementation stores empty strings).
        if (value != null && !value.isEmpty()) {
            item.put(name, Attr.s(value));
        }
    }

    private static String optional(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? "" : value;
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
