package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.port.InventoryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Inventory items: {@code productId} (key), sku, name, priceCents, currency, lowStockThreshold, category (optional),
 * available, {@code reservations} (map orderId → quantity, always present), searchText
 * (lower-cased "sku name" for the text filter) and, per released order, a top-level fence
 * {@code fence:<orderId>} = epoch millis of the release (top-level because DynamoDB cannot SET into a
 * map an older item may not have). Every stock change is one conditional UpdateItem.
 */
public final class DynamoDbInventoryRepository implements InventoryRepository {

    static final String FENCE = "fence:";
    private static final int BATCH_GET_LIMIT = 100;
    private static final int MAX_SCAN_ROUNDS = 20;

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbInventoryRepository(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    /** Creates or overwrites the product with {@code available} stock and no reservations (seeding, imports). */
    public void upsertProduct(Product product, long available) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("productId", s(product.productId()));
        item.put("sku", s(product.sku()));
        item.put("name", s(product.name()));
        item.put("priceCents", n(product.price().cents()));
        item.put("currency", s(product.price().currency()));
        item.put("lowStockThreshold", n(product.lowStockThreshold()));
        if (product.category() != null) {
            item.put("category", s(product.category()));
        }
        item.put("available", n(available));
        // The map must exist: DynamoDB cannot SET reservations.<orderId> inside a missing map.
        item.put("reservations", AttributeValue.fromM(Map.of()));
        item.put("searchText", s(searchText(product.sku(), product.name())));
        AwsFailures.run("Inventory PutItem", () -> client.putItem(r -> r.tableName(tableName).item(item)));
    }

    @Override
    public Map<String, Product> findProducts(Collection<String> productIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(productIds));
        Map<String, Product> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH_GET_LIMIT))
                    .stream().map(id -> Map.of("productId", s(id))).toList();
            BatchGets.all(client, "Inventory BatchGetItem", Map.of(tableName, KeysAndAttributes.builder().keys(keys).build()))
                    .getOrDefault(tableName, List.of())
                    .forEach(item -> found.put(str(item, "productId"), toProduct(item)));
        }
        return found;
    }

    @Override
    public Optional<StockLevel> find(String productId) {
        Map<String, AttributeValue> item = readItem(productId);
        return item.isEmpty() ? Optional.empty() : Optional.of(toStockLevel(item));
    }

    private Map<String, AttributeValue> readItem(String productId) {
        var response = AwsFailures.call("Inventory GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId))).consistentRead(true)));
        return response.hasItem() ? response.item() : Map.of();
    }

    @Override
    public ReserveOutcome reserve(String productId, String orderId, int quantity) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("SET available = available - :q, reservations.#o = :q")
                .conditionExpression("available >= :q AND attribute_not_exists(reservations.#o) AND attribute_not_exists(#f)")
                .expressionAttributeNames(Map.of("#o", orderId, "#f", FENCE + orderId))
                .expressionAttributeValues(Map.of(":q", n(quantity)))
                .build();
        try {
            AwsFailures.run("Inventory reserve", () -> client.updateItem(request));
            return new ReserveOutcome.Reserved();
        } catch (ConditionalCheckFailedException refused) {
            // The condition cannot say which part failed (and ReturnValuesOnConditionCheckFailure is not
            // supported everywhere), so read the item to tell "released for good" from "already ours" from "short".
            Map<String, AttributeValue> item = readItem(productId);
            if (item.isEmpty()) {
                return new ReserveOutcome.UnknownProduct();
            }
            if (item.containsKey(FENCE + orderId)) {
                return new ReserveOutcome.Fenced();
            }
            StockLevel level = toStockLevel(item);
            return level.isReservedBy(orderId) ? new ReserveOutcome.AlreadyReserved()
                    : new ReserveOutcome.Insufficient(level.available(), level.reserved());
        }
    }

    @Override
    public boolean release(String productId, String orderId) {
        // Fence first: once it is written no reservation for this order can land on the item, so the
        // give-back below is the last change this order makes here, whatever arrives late.
        var fence = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("SET #f = if_not_exists(#f, :now)")
                .conditionExpression("attribute_exists(productId)")
                .expressionAttributeNames(Map.of("#f", FENCE + orderId))
                .expressionAttributeValues(Map.of(":now", n(System.currentTimeMillis())))
                .build();
        try {
            AwsFailures.run("Inventory fence", () -> client.updateItem(fence));
        } catch (ConditionalCheckFailedException noSuchProduct) {
            return false;
        }
        return conditionalReservationUpdate("Inventory release", productId, orderId,
                "SET available = available + reservations.#o REMOVE reservations.#o");
    }

    @Override
    public boolean giveBack(String productId, String orderId) {
        return conditionalReservationUpdate("Inventory give back", productId, orderId,
                "SET available = available + reservations.#o REMOVE reservations.#o");
    }

    @Override
    public boolean commit(String productId, String orderId) {
        return conditionalReservationUpdate("Inventory commit", productId, orderId, "REMOVE reservations.#o");
    }

    @Override
    public HoldsSlice holds(int limit, String startAfter) {
        Map<String, AttributeValue> startKey = startAfter == null ? null : Map.of("productId", s(startAfter));
        ScanResponse response = AwsFailures.call("Inventory Scan", () -> client.scan(r -> r.tableName(tableName)
                .limit(limit).exclusiveStartKey(startKey).consistentRead(true)));
        List<Holds> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            Map<String, Instant> fences = new HashMap<>();
            item.forEach((name, value) -> {
                if (name.startsWith(FENCE) && value.n() != null) {
                    fences.put(name.substring(FENCE.length()), Instant.ofEpochMilli(Long.parseLong(value.n())));
                }
            });
            items.add(new Holds(str(item, "productId"), toStockLevel(item).reservations(), fences));
        }
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new HoldsSlice(items, more ? str(response.lastEvaluatedKey(), "productId") : null);
    }

    @Override
    public boolean dropFence(String productId, String orderId, Instant writtenAt) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("REMOVE #f")
                .conditionExpression("#f = :at")
                .expressionAttributeNames(Map.of("#f", FENCE + orderId))
                .expressionAttributeValues(Map.of(":at", n(writtenAt.toEpochMilli())))
                .build();
        try {
            AwsFailures.run("Inventory drop fence", () -> client.updateItem(request));
            return true;
        } catch (ConditionalCheckFailedException goneOrRewritten) {
            return false;
        }
    }

    private boolean conditionalReservationUpdate(String operation, String productId, String orderId, String expression) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(reservations.#o)")
                .expressionAttributeNames(Map.of("#o", orderId))
                .build();
        try {
            AwsFailures.run(operation, () -> client.updateItem(request));
            return true;
        } catch (ConditionalCheckFailedException alreadyDone) {
            return false;
        }
    }

    @Override
    public InventorySlice list(InventoryQuery query) {
        List<StockLevel> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = query.startAfter() == null ? null : Map.of("productId", s(query.startAfter()));
        // Limit applies before the filter, so keep scanning (asking only for what is missing) until the page is full.
        for (int round = 0; round < MAX_SCAN_ROUNDS && items.size() < query.limit(); round++) {
            ScanRequest request = scanRequest(query, query.limit() - items.size(), startKey);
            ScanResponse response = AwsFailures.call("Inventory Scan", () -> client.scan(request));
            response.items().forEach(item -> items.add(toStockLevel(item)));
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            if (startKey == null) {
                break;
            }
        }
        return new InventorySlice(items, startKey == null ? null : str(startKey, "productId"));
    }

    private ScanRequest scanRequest(InventoryQuery query, int limit, Map<String, AttributeValue> startKey) {
        List<String> filters = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        if (query.text() != null) {
            filters.add("contains(searchText, :q)");
            values.put(":q", s(query.text().toLowerCase(Locale.ROOT)));
        }
        if (query.lowStockOnly()) {
            filters.add("available <= lowStockThreshold");
        }
        var builder = ScanRequest.builder().tableName(tableName).limit(limit).exclusiveStartKey(startKey);
        if (!filters.isEmpty()) {
            builder.filterExpression(String.join(" AND ", filters));
        }
        if (!values.isEmpty()) {
            builder.expressionAttributeValues(values);
        }
        return builder.build();
    }

    static String searchText(String sku, String name) {
        return (sku + " " + name).toLowerCase(Locale.ROOT);
    }

    static Product toProduct(Map<String, AttributeValue> item) {
        String currency = str(item, "currency");
        return new Product(str(item, "productId"), str(item, "sku"), str(item, "name"),
                Money.ofCents(num(item, "priceCents", 0), currency == null ? Money.USD : currency),
                num(item, "lowStockThreshold", 0), str(item, "category"), num(item, "version", 0));
    }

    static StockLevel toStockLevel(Map<String, AttributeValue> item) {
        Map<String, Long> reservations = new HashMap<>();
        AttributeValue map = item.get("reservations");
        if (map != null && map.hasM()) {
            map.m().forEach((orderId, qty) -> reservations.put(orderId, Long.parseLong(qty.n())));
        }
        return new StockLevel(toProduct(item), num(item, "available", 0), reservations);
    }
}
