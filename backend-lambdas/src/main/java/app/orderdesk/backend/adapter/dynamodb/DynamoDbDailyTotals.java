package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.DailyTotalsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * DailyTotals items, one per store day ({@code pk = DAY#yyyy-MM-dd}): {@code placed} (string set of
 * order ids), {@code by#<actor>} (the ids each user placed), {@code end#<orderId>} (the final status
 * counted for that order), {@code n#<STATUS>} counters, {@code revenueCents}, and per product
 * {@code u#<id>} units, {@code r#<id>} revenue, {@code name#<id>}; for a completed order {@code sale#<orderId>}
 * keeps what its sale added, so a changed outcome takes exactly that back out. Sets make "placed" idempotent by
 * nature; the {@code end#} marker is the condition that makes an outcome count once, and lets a
 * changed outcome (FAILED, then redriven to COMPLETED) move between counters in one conditional write.
 * One item per day keeps the dashboard to one BatchGetItem; it holds about 150 bytes per order, so
 * a day stays under DynamoDB's 400 KB item limit up to roughly 2,500 orders (see ADR 0020).
 */
public final class DynamoDbDailyTotals implements DailyTotalsStore {

    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbDailyTotals(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    private static Map<String, AttributeValue> key(String day) {
        return Map.of("pk", s("DAY#" + day));
    }

    @Override
    public void recordPlaced(String day, String orderId, String placedBy) {
        var request = UpdateItemRequest.builder().tableName(tableName).key(key(day))
                .updateExpression("ADD placed :id, #by :id")
                .expressionAttributeNames(Map.of("#by", "by#" + placedBy))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(orderId))))
                .build();
        AwsFailures.run("DailyTotals placed", () -> client.updateItem(request));
    }

    /** What an order is counted as: its status and, when COMPLETED, the sale that was added (to take it back out). */
    private record Counted(OrderStatus status, Outcome sale) {}

    @Override
    public void recordOutcome(Outcome outcome) {
        // Write first: an order is counted once, almost always for the first time, and the write's
        // condition (no marker yet) refuses a repeat; only then is the marker read to decide.
        if (moveCounters(outcome, null)) {
            return;
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Counted counted = counted(outcome);
            if (counted != null && counted.status() == outcome.status()) {
                return; // already counted as this status: a redelivery
            }
            if (moveCounters(outcome, counted)) {
                return;
            }
            // another writer changed this order's marker between our read and write: read again
        }
        throw new IllegalStateException("DailyTotals: outcome of " + outcome.orderId() + " kept changing under us");
    }

    /** How this order is counted now, or null when it is not counted yet. */
    private Counted counted(Outcome outcome) {
        var response = AwsFailures.call("DailyTotals GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(key(outcome.day())).consistentRead(true).projectionExpression("#end, #sale")
                .expressionAttributeNames(Map.of("#end", "end#" + outcome.orderId(), "#sale", "sale#" + outcome.orderId()))));
        Map<String, AttributeValue> item = response.hasItem() ? response.item() : Map.of();
        AttributeValue marker = item.get("end#" + outcome.orderId());
        if (marker == null) {
            return null;
        }
        OrderStatus status = OrderStatus.valueOf(marker.s());
        AttributeValue sale = item.get("sale#" + outcome.orderId());
        List<LineSale> lines = new ArrayList<>();
        long revenue = 0;
        if (sale != null && sale.hasL()) {
            for (AttributeValue line : sale.l()) {
                Map<String, AttributeValue> m = line.m();
                if (m.containsKey("total")) {
                    revenue = Long.parseLong(m.get("total").n());
                } else {
                    lines.add(new LineSale(m.get("p").s(), "", Long.parseLong(m.get("u").n()), Long.parseLong(m.get("r").n())));
                }
            }
        }
        return new Counted(status, status == OrderStatus.COMPLETED ? new Outcome(outcome.day(), outcome.orderId(), status, revenue, lines) : null);
    }

    /**
     * Counts {@code outcome}, uncounting what the order was counted as before ({@code previous}, null: nothing)
     * in the same conditional write; false when the marker moved meanwhile.
     */
    private boolean moveCounters(Outcome outcome, Counted previous) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        names.put("#end", "end#" + outcome.orderId());
        names.put("#sale", "sale#" + outcome.orderId());
        values.put(":st", s(outcome.status().name()));
        sets.add("#end = :st");
        add(adds, names, values, "n#" + outcome.status().name(), 1);
        if (outcome.status() == OrderStatus.COMPLETED) {
            sales(outcome, 1, sets, adds, names, values);
            // What was added, kept so that a later change of outcome can take exactly this back out.
            List<AttributeValue> sale = new ArrayList<>();
            sale.add(AttributeValue.fromM(Map.of("total", n(outcome.revenueCents()))));
            outcome.lines().forEach(l -> sale.add(AttributeValue.fromM(Map.of("p", s(l.productId()), "u", n(l.units()), "r", n(l.revenueCents())))));
            values.put(":sale", AttributeValue.fromL(sale));
            sets.add("#sale = :sale");
        } else {
            removes.add("#sale");
        }
        String condition;
        if (previous == null) {
            condition = "attribute_not_exists(#end)";
        } else {
            values.put(":prev", s(previous.status().name()));
            condition = "#end = :prev";
            add(adds, names, values, "n#" + previous.status().name(), -1);
            if (previous.sale() != null) {
                sales(previous.sale(), -1, sets, adds, names, values);
            }
        }
        String update = "SET " + String.join(", ", sets) + " ADD " + String.join(", ", adds)
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        var request = UpdateItemRequest.builder().tableName(tableName).key(key(outcome.day()))
                .updateExpression(update)
                .conditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
        try {
            AwsFailures.run("DailyTotals outcome", () -> client.updateItem(request));
            return true;
        } catch (ConditionalCheckFailedException moved) {
            return false;
        }
    }

    private static void sales(Outcome outcome, int sign, List<String> sets, List<String> adds,
                              Map<String, String> names, Map<String, AttributeValue> values) {
        add(adds, names, values, "revenueCents", sign * outcome.revenueCents());
        for (LineSale line : outcome.lines()) {
            add(adds, names, values, "u#" + line.productId(), sign * line.units());
            add(adds, names, values, "r#" + line.productId(), sign * line.revenueCents());
            if (sign > 0 && !names.containsValue("name#" + line.productId())) {
                String alias = "#a" + names.size();
                String placeholder = ":v" + values.size();
                names.put(alias, "name#" + line.productId());
                values.put(placeholder, s(line.name()));
                sets.add(alias + " = " + placeholder);
            }
        }
    }

    /** {@code ADD attribute delta}; two lines of one product add up rather than naming the attribute twice. */
    private static void add(List<String> adds, Map<String, String> names, Map<String, AttributeValue> values,
                            String attribute, long delta) {
        for (var e : names.entrySet()) {
            if (e.getValue().equals(attribute)) {
                String placeholder = ":" + e.getKey().substring(1);
                long sum = Long.parseLong(values.get(placeholder).n()) + delta;
                values.put(placeholder, n(sum));
                return;
            }
        }
        String alias = "#a" + names.size();
        names.put(alias, attribute);
        values.put(":" + alias.substring(1), n(delta));
        adds.add(alias + " :" + alias.substring(1));
    }

    @Override
    public List<DayTotals> read(Collection<String> days) {
        Map<String, Map<String, AttributeValue>> byDay = new HashMap<>();
        List<String> wanted = List.copyOf(new java.util.LinkedHashSet<>(days));
        for (int from = 0; from < wanted.size(); from += BATCH) {
            List<Map<String, AttributeValue>> keys = wanted.subList(from, Math.min(wanted.size(), from + BATCH))
                    .stream().map(DynamoDbDailyTotals::key).toList();
            Map<String, KeysAndAttributes> pending = Map.of(tableName,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!pending.isEmpty()) {
                var request = BatchGetItemRequest.builder().requestItems(pending).build();
                var response = AwsFailures.call("DailyTotals BatchGetItem", () -> client.batchGetItem(request));
                response.responses().getOrDefault(tableName, List.of())
                        .forEach(item -> byDay.put(item.get("pk").s().substring(4), item));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return days.stream().map(day -> byDay.containsKey(day) ? toTotals(day, byDay.get(day)) : DayTotals.empty(day)).toList();
    }

    @Override
    public Set<String> placedBy(String day, String placedBy) {
        var response = AwsFailures.call("DailyTotals GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(key(day)).consistentRead(true).projectionExpression("#by")
                .expressionAttributeNames(Map.of("#by", "by#" + placedBy))));
        AttributeValue ids = response.hasItem() ? response.item().get("by#" + placedBy) : null;
        return ids == null || !ids.hasSs() ? Set.of() : Set.copyOf(ids.ss());
    }

    static DayTotals toTotals(String day, Map<String, AttributeValue> item) {
        long placed = item.containsKey("placed") && item.get("placed").hasSs() ? item.get("placed").ss().size() : 0;
        Map<OrderStatus, Long> ended = new EnumMap<>(OrderStatus.class);
        Map<String, long[]> sales = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith("n#")) {
                ended.put(OrderStatus.valueOf(name.substring(2)), Long.parseLong(value.n()));
            } else if (name.startsWith("u#")) {
                sales.computeIfAbsent(name.substring(2), id -> new long[2])[0] = Long.parseLong(value.n());
            } else if (name.startsWith("r#")) {
                sales.computeIfAbsent(name.substring(2), id -> new long[2])[1] = Long.parseLong(value.n());
            } else if (name.startsWith("name#")) {
                names.put(name.substring(5), value.s());
            }
        });
        ended.values().removeIf(count -> count == 0);
        List<DayTotals.ProductSales> products = new ArrayList<>();
        sales.forEach((id, v) -> {
            if (v[0] != 0 || v[1] != 0) {
                products.add(new DayTotals.ProductSales(id, names.getOrDefault(id, id), v[0], v[1]));
            }
        });
        return new DayTotals(day, placed, ended, Attr.num(item, "revenueCents", 0), products);
    }
}
