package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.port.ProductCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The product fields of Inventory items (schema: {@link DynamoDbInventoryRepository}) plus {@code version}.
 * A create is a PutItem on a free id; an edit is one UpdateItem conditioned on the version it started
 * from, which SETs only product fields, so a reservation landing between the desk's read and the save
 * is kept. Items written before versions existed count as version 0.
 */
public final class DynamoDbProductCatalog implements ProductCatalog {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbProductCatalog(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public boolean skuInUse(String sku) {
        // No SKU index (ADR 0038): creating a product is rare, so one filtered Scan, stopped at the first hit.
        String prefix = DynamoDbInventoryRepository.searchText(sku, "");
        Map<String, AttributeValue> startKey = null;
        do {
            ScanRequest request = ScanRequest.builder().tableName(tableName).exclusiveStartKey(startKey)
                    .filterExpression("begins_with(searchText, :p)").expressionAttributeValues(Map.of(":p", s(prefix)))
                    .projectionExpression("productId").build();
            ScanResponse response = AwsFailures.call("Inventory Scan (SKU)", () -> client.scan(request));
            if (!response.items().isEmpty()) {
                return true;
            }
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (startKey != null);
        return false;
    }

    @Override
    public Optional<StockLevel> find(String productId) {
        var response = AwsFailures.call("Inventory GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId))).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(DynamoDbInventoryRepository.toStockLevel(response.item())) : Optional.empty();
    }

    @Override
    public Optional<StockLevel> create(Product product) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("productId", s(product.productId()));
        item.put("sku", s(product.sku()));
        putProductFields(item, product);
        item.put("available", n(0));
        item.put("reservations", AttributeValue.fromM(Map.of()));
        item.put("version", n(1));
        try {
            AwsFailures.run("Inventory PutItem (new product)", () -> client.putItem(r -> r.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(productId)")));
            return Optional.of(DynamoDbInventoryRepository.toStockLevel(item));
        } catch (ConditionalCheckFailedException taken) {
            return Optional.empty();
        }
    }

    @Override
    public EditOutcome edit(Product changed, long expectedVersion) {
        Map<String, AttributeValue> values = new HashMap<>();
        putProductFields(values, changed);
        Map<String, AttributeValue> bound = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        StringBuilder set = new StringBuilder("SET #version = :next");
        values.forEach((field, value) -> {
            names.put("#" + field, field);
            bound.put(":" + field, value);
            set.append(", #").append(field).append(" = :").append(field);
        });
        names.put("#version", "version");
        bound.put(":next", n(expectedVersion + 1));
        String remove = changed.category() == null ? " REMOVE category" : "";
        // Version 0 is "never edited": the attribute is absent on items written before versions existed.
        String condition = expectedVersion == 0 ? "attribute_exists(productId) AND attribute_not_exists(#version)"
                : "#version = :expected";
        if (expectedVersion != 0) {
            bound.put(":expected", n(expectedVersion));
        }
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(changed.productId())))
                .updateExpression(set + remove)
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(bound)
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        try {
            var response = AwsFailures.call("Inventory UpdateItem (product)", () -> client.updateItem(request));
            return new EditOutcome.Edited(DynamoDbInventoryRepository.toStockLevel(response.attributes()));
        } catch (ConditionalCheckFailedException refused) {
            var current = AwsFailures.call("Inventory GetItem", () -> client.getItem(r -> r.tableName(tableName)
                    .key(Map.of("productId", s(changed.productId()))).consistentRead(true).projectionExpression("productId, #v")
                    .expressionAttributeNames(Map.of("#v", "version"))));
            return current.hasItem() && !current.item().isEmpty() ? new EditOutcome.Stale(num(current.item(), "version", 0))
                    : new EditOutcome.NotFound();
        }
    }

    @Override
    public boolean setCategory(String productId, String category) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("SET category = :c, #v = if_not_exists(#v, :zero) + :one")
                .conditionExpression("attribute_exists(productId)")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":c", s(category), ":zero", n(0), ":one", n(1)))
                .build();
        try {
            AwsFailures.run("Inventory UpdateItem (category)", () -> client.updateItem(request));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    /** The fields a manager edits, and the search text that follows the name (the SKU never changes). */
    private static void putProductFields(Map<String, AttributeValue> item, Product product) {
        item.put("name", s(product.name()));
        item.put("priceCents", n(product.price().cents()));
        item.put("currency", s(product.price().currency()));
        item.put("lowStockThreshold", n(product.lowStockThreshold()));
        if (product.category() != null) {
            item.put("category", s(product.category()));
        }
        item.put("searchText", s(DynamoDbInventoryRepository.searchText(product.sku(), product.name())));
    }
}
