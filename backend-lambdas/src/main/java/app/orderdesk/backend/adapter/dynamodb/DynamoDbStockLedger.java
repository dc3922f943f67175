package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Adjusts the Inventory item's {@code available} and parks the movement on the same item as a
 * top-level map attribute {@code pendingMovement:<movementId>} (top-level, because DynamoDB cannot
 * SET into a map the item may not have), in one UpdateItem conditional on the count read before.
 *
 * <p>Settling swaps the parked movement for a {@code settledMovement:<movementId>} marker (when, in
 * epoch millis), and every write is conditional on neither being there. Without the marker, a copy of
 * the same request that looked for the recorded movement just before the first copy recorded it, and
 * wrote just after the first copy settled, found no trace on the item and added the delta again (10
 * sends of one key at once, session 35: 47 on the shelf for 44). Markers older than
 * {@link #REMEMBER_SETTLED} are removed when a later movement settles: that is far longer than any
 * request lives (the function times out after seconds), and older retries find the recorded movement.
 */
public final class DynamoDbStockLedger implements StockLedger {

    static final String PREFIX = "pendingMovement:";
    /** The count before a relative change, parked beside its movement by the same write (crash recovery). */
    static final String BEFORE_PREFIX = "pendingBefore:";
    /** A movement that was applied and settled: its id must never be applied again. */
    static final String SETTLED_PREFIX = "settledMovement:";
    static final Duration REMEMBER_SETTLED = Duration.ofHours(1);

    private final DynamoDbClient client;
    private final String tableName;
    private final Clock clock;

    public DynamoDbStockLedger(DynamoDbClient client, String tableName, Clock clock) {
        this.client = client;
        this.tableName = tableName;
        this.clock = clock;
    }

    @Override
    public ApplyOutcome apply(StockMovement movement) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(movement.productId())))
                .updateExpression("SET available = :after, #p = :movement")
                .conditionExpression("attribute_exists(productId) AND available = :before AND attribute_not_exists(#p) AND attribute_not_exists(#s)")
                .expressionAttributeNames(Map.of("#p", PREFIX + movement.movementId(), "#s", SETTLED_PREFIX + movement.movementId()))
                .expressionAttributeValues(Map.of(":after", n(movement.after()), ":before", n(movement.before()),
                        ":movement", AttributeValue.fromM(DynamoDbStockMovementRepository.toItem(movement))))
                .build();
        try {
            AwsFailures.run("Inventory adjust", () -> client.updateItem(request));
            return new ApplyOutcome.Applied();
        } catch (ConditionalCheckFailedException refused) {
            var item = read(movement.productId());
            if (item.isEmpty()) {
                return new ApplyOutcome.UnknownProduct();
            }
            return applied(item, movement.movementId()) ? new ApplyOutcome.AlreadyApplied() : new ApplyOutcome.CountChanged();
        }
    }

    @Override
    public DeltaOutcome applyDelta(StockMovement movement) {
        String condition = "attribute_exists(productId) AND attribute_not_exists(#p) AND attribute_not_exists(#s)";
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":d", n(movement.delta()));
        values.put(":movement", AttributeValue.fromM(DynamoDbStockMovementRepository.toItem(movement)));
        if (movement.delta() < 0) {
            condition += " AND available >= :minus";
            values.put(":minus", n(-movement.delta()));
        }
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("productId", s(movement.productId())))
                // Right-hand sides read the item as it was, so #b keeps the count before this change.
                .updateExpression("SET available = available + :d, #p = :movement, #b = available")
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#p", PREFIX + movement.movementId(), "#b", BEFORE_PREFIX + movement.movementId(),
                        "#s", SETTLED_PREFIX + movement.movementId()))
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.UPDATED_OLD)
                .build();
        try {
            UpdateItemResponse response = AwsFailures.call("Inventory adjust", () -> client.updateItem(request));
            long before = Long.parseLong(response.attributes().get("available").n());
            return new DeltaOutcome.Applied(withCounts(movement, before));
        } catch (ConditionalCheckFailedException refused) {
            var item = read(movement.productId());
            if (item.isEmpty()) {
                return new DeltaOutcome.UnknownProduct();
            }
            if (applied(item, movement.movementId())) {
                return new DeltaOutcome.AlreadyApplied();
            }
            return new DeltaOutcome.Insufficient(Long.parseLong(item.get("available").n()));
        }
    }

    private static StockMovement withCounts(StockMovement m, long before) {
        return new StockMovement(m.productId(), m.movementId(), m.reason(), m.delta(), before, before + m.delta(),
                m.orderId(), m.actor(), m.note(), m.at());
    }

    @Override
    public List<StockMovement> pending(String productId) {
        List<StockMovement> parked = new ArrayList<>();
        Map<String, AttributeValue> item = read(productId);
        item.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && value.hasM()) {
                StockMovement movement = DynamoDbStockMovementRepository.toMovement(value.m());
                AttributeValue before = item.get(BEFORE_PREFIX + movement.movementId());
                parked.add(before != null && movement.before() == null ? withCounts(movement, Long.parseLong(before.n())) : movement);
            }
        });
        parked.sort(Comparator.comparing(StockMovement::movementId));
        return parked;
    }

    /** Parked or settled: either way this movement's change is already in the count. */
    private static boolean applied(Map<String, AttributeValue> item, String movementId) {
        return item.containsKey(PREFIX + movementId) || item.containsKey(SETTLED_PREFIX + movementId);
    }

    @Override
    public void settle(String productId, String movementId) {
        long now = clock.millis();
        UpdateItemResponse settled = AwsFailures.call("Inventory settle movement", () -> client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId)))
                .updateExpression("REMOVE #p, #b SET #s = if_not_exists(#s, :now)")
                .conditionExpression("attribute_exists(productId)")
                .expressionAttributeNames(Map.of("#p", PREFIX + movementId, "#b", BEFORE_PREFIX + movementId, "#s", SETTLED_PREFIX + movementId))
                .expressionAttributeValues(Map.of(":now", n(now)))
                .returnValues(ReturnValue.ALL_NEW)));
        forgetOldMarkers(productId, settled.attributes(), now - REMEMBER_SETTLED.toMillis());
    }

    /** Removes settled markers older than the cut-off, in one write, only when there are any. */
    private void forgetOldMarkers(String productId, Map<String, AttributeValue> item, long cutOff) {
        List<String> old = item == null ? List.of() : item.entrySet().stream()
                .filter(e -> e.getKey().startsWith(SETTLED_PREFIX) && e.getValue().n() != null && Long.parseLong(e.getValue().n()) < cutOff)
                .map(Map.Entry::getKey).sorted().toList();
        if (old.isEmpty()) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            names.put("#o" + i, old.get(i));
            placeholders.add("#o" + i);
        }
        try {
            AwsFailures.run("Inventory forget settled movements", () -> client.updateItem(r -> r.tableName(tableName)
                    .key(Map.of("productId", s(productId)))
                    .updateExpression("REMOVE " + String.join(", ", placeholders))
                    .conditionExpression("attribute_exists(productId)") // never creates an item of the key alone
                    .expressionAttributeNames(names)));
        } catch (ConditionalCheckFailedException productGone) {
            // nothing left to tidy
        }
    }

    private Map<String, AttributeValue> read(String productId) {
        var response = AwsFailures.call("Inventory GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("productId", s(productId))).consistentRead(true)));
        return response.hasItem() ? response.item() : Map.of();
    }
}
