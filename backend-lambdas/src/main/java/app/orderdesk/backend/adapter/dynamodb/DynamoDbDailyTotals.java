package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.DailyTotalsStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * DailyTotals as one small item per order in its day's partition ({@code pk = DAY#yyyy-MM-dd},
 * {@code sk = o#<orderId>}): {@code by} (who placed it), {@code st} (the final status counted) and,
 * for a completed order, {@code rev} and {@code sale} (the lines: product, name, units, revenue).
 *
 * <p>Each write sets what the order is counted as now, so it is idempotent by nature and a changed
 * outcome (FAILED, then redriven to COMPLETED) simply replaces the old one: no marker to read, no
 * condition, and no transaction. A write costs one write unit whatever the day's volume, and no item
 * grows with the day. (ADR 0026: the earlier single item per day kept every order's marker in it, so
 * each write cost its whole size — about 200 write units per order at 900 orders a day — and the day
 * hit DynamoDB's 400 KB item limit near 2,500 orders.) A day is read with one Query of its partition
 * and summed here: the same bytes the single item held.
 *
 * <p>A refund is one item of its own in the partition of the day it was made ({@code sk = r#<refundId>}, {@code refund}
 * = its cents): set, not added, so a retried refund counts once.
 *
 * <p>A closed day is read from its summary item when that is valid, and summed from its orders (then summarised)
 * when not: {@link DaySummaries} (ADR 0078). Today is always summed from its orders.
 */
public final class DynamoDbDailyTotals implements DailyTotalsStore {

    private static final String REFUND = "refund";

    private final DynamoDbClient client;
    private final String tableName;
    private final DaySummaries summaries;

    /** {@code clock} and {@code storeZone} decide which days are closed (summarised) and which writes are late. */
    public DynamoDbDailyTotals(DynamoDbClient client, String tableName, Clock clock, ZoneId storeZone) {
        this.client = client;
        this.tableName = tableName;
        this.summaries = new DaySummaries(clock, storeZone);
    }

    private static Map<String, AttributeValue> key(String day, String orderId) {
        return Map.of("pk", s(partition(day)), "sk", s("o#" + orderId));
    }

    private static final String PARTITION = "DAY#";

    private static String partition(String day) {
        return PARTITION + day;
    }

    /** The day of a partition key ({@code DAY#2026-12-01} → {@code 2026-12-01}). */
    static String dayOf(Map<String, AttributeValue> item) {
        return item.get("pk").s().substring(PARTITION.length());
    }

    /** One line of a day's sales as stored, in an order's item and in a day's summary alike. */
    static AttributeValue saleLine(String productId, String name, long units, long revenueCents) {
        return AttributeValue.fromM(Map.of("p", s(productId), "name", s(name), "u", n(units), "r", n(revenueCents)));
    }

    static DayTotals.ProductSales saleLine(AttributeValue line) {
        Map<String, AttributeValue> m = line.m();
        return new DayTotals.ProductSales(m.get("p").s(), m.get("name").s(), Long.parseLong(m.get("u").n()), Long.parseLong(m.get("r").n()));
    }

    private static Map<String, AttributeValue> summaryKey(String day) {
        return Map.of("pk", s(partition(day)), "sk", s(DaySummaries.SORT_KEY));
    }

    /** After a late write: the day's summary (if a reader built one) no longer holds. Written after the item, never before. */
    private void lateWriteTo(String day) {
        if (summaries.late(day)) {
            var request = UpdateItemRequest.builder().tableName(tableName).key(summaryKey(day))
                    .updateExpression("ADD #ver :one")
                    .expressionAttributeNames(Map.of("#ver", DaySummaries.VERSION))
                    .expressionAttributeValues(Map.of(":one", n(1)))
                    .build();
            AwsFailures.run("DailyTotals late write", () -> client.updateItem(request));
        }
    }

    @Override
    public void recordPlaced(String day, String orderId, String placedBy) {
        var request = UpdateItemRequest.builder().tableName(tableName).key(key(day, orderId))
                .updateExpression("SET #by = :by")
                .expressionAttributeNames(Map.of("#by", "by"))
                .expressionAttributeValues(Map.of(":by", s(placedBy)))
                .build();
        AwsFailures.run("DailyTotals placed", () -> client.updateItem(request));
        lateWriteTo(day);
    }

    @Override
    public void recordOutcome(Outcome outcome) {
        Map<String, String> names = Map.of("#st", "st", "#rev", "rev", "#sale", "sale");
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":st", s(outcome.status().name())));
        String update = "SET #st = :st REMOVE #rev, #sale";
        if (outcome.status() == OrderStatus.COMPLETED) {
            List<AttributeValue> lines = outcome.lines().stream()
                    .map(l -> saleLine(l.productId(), l.name(), l.units(), l.revenueCents())).toList();
            values.put(":rev", n(outcome.revenueCents()));
            values.put(":sale", AttributeValue.fromL(lines));
            update = "SET #st = :st, #rev = :rev, #sale = :sale";
        }
        var request = UpdateItemRequest.builder().tableName(tableName).key(key(outcome.day(), outcome.orderId()))
                .updateExpression(update).expressionAttributeNames(names).expressionAttributeValues(values).build();
        AwsFailures.run("DailyTotals outcome", () -> client.updateItem(request));
        lateWriteTo(outcome.day());
    }

    @Override
    public void recordRefund(String day, String refundId, long amountCents) {
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("pk", s(partition(day)), "sk", s("r#" + refundId)))
                .updateExpression("SET #refund = :refund")
                .expressionAttributeNames(Map.of("#refund", REFUND))
                .expressionAttributeValues(Map.of(":refund", n(amountCents)))
                .build();
        AwsFailures.run("DailyTotals refund", () -> client.updateItem(request));
        lateWriteTo(day);
    }

    @Override
    public List<DayTotals> read(Collection<String> days) {
        Set<String> unique = new LinkedHashSet<>(days);
        // Decided once per read: a day that closes while this read runs is still summed from its orders here.
        List<String> closed = unique.stream().filter(summaries::closed).toList();
        Map<String, Map<String, AttributeValue>> kept = summariesOf(closed);
        Map<String, DayTotals> byDay = new HashMap<>();
        for (String day : unique) {
            if (!closed.contains(day)) {
                byDay.put(day, toTotals(day, orders(day, null)));
                continue;
            }
            Map<String, AttributeValue> summary = kept.get(day);
            byDay.put(day, DaySummaries.valid(day, summary).orElseGet(() -> {
                DayTotals summed = toTotals(day, orders(day, null));
                keep(day, summed, summary);
                return summed;
            }));
        }
        return days.stream().map(byDay::get).toList();
    }

    /** The summary items of the given days that exist, by day: one consistent BatchGetItem per 100 days. */
    private Map<String, Map<String, AttributeValue>> summariesOf(List<String> days) {
        Map<String, Map<String, AttributeValue>> byDay = new HashMap<>();
        for (int from = 0; from < days.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = days.subList(from, Math.min(days.size(), from + 100)).stream()
                    .map(DynamoDbDailyTotals::summaryKey).toList();
            BatchGets.all(client, "DailyTotals summaries", Map.of(tableName,
                            KeysAndAttributes.builder().keys(keys).consistentRead(true).build()))
                    .getOrDefault(tableName, List.of())
                    .forEach(item -> byDay.put(dayOf(item), item));
        }
        return byDay;
    }

    /**
     * Stores what was summed as the day's summary, unless a late write bumped the version since {@code seen} was read
     * (then the next read sums again) or another reader stored one meanwhile.
     */
    private void keep(String day, DayTotals summed, Map<String, AttributeValue> seen) {
        DaySummaries.item(summaryKey(day), summed, DaySummaries.version(seen)).ifPresent(item -> {
            var request = PutItemRequest.builder().tableName(tableName).item(item);
            if (seen == null) {
                request.conditionExpression("attribute_not_exists(pk)");
            } else {
                request.conditionExpression("#ver = :seen").expressionAttributeNames(Map.of("#ver", DaySummaries.VERSION))
                        .expressionAttributeValues(Map.of(":seen", n(DaySummaries.version(seen))));
            }
            try {
                AwsFailures.run("DailyTotals summary", () -> client.putItem(request.build()));
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                // a late write or another reader came first: this read's figures stand, nothing is kept
            }
        });
    }

    @Override
    public Set<String> placedBy(String day, String placedBy) {
        Set<String> ids = new HashSet<>();
        orders(day, placedBy).forEach(item -> ids.add(item.get("sk").s().substring(2)));
        return Set.copyOf(ids);
    }

    /** Every order item of {@code day} (only those {@code placedBy} placed, when given), all pages. */
    private List<Map<String, AttributeValue>> orders(String day, String placedBy) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var request = QueryRequest.builder().tableName(tableName).consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .exclusiveStartKey(start);
            if (placedBy == null) {
                request.expressionAttributeValues(Map.of(":pk", s(partition(day))));
            } else {
                request.filterExpression("#by = :by").expressionAttributeNames(Map.of("#by", "by"))
                        .expressionAttributeValues(Map.of(":pk", s(partition(day)), ":by", s(placedBy)));
            }
            var response = AwsFailures.call("DailyTotals Query", () -> client.query(request.build()));
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    static DayTotals toTotals(String day, List<Map<String, AttributeValue>> orders) {
        long placed = 0;
        long revenue = 0;
        long refunds = 0;
        long refunded = 0;
        Map<OrderStatus, Long> ended = new EnumMap<>(OrderStatus.class);
        Map<String, long[]> sales = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map<String, AttributeValue> order : orders) {
            if (DaySummaries.SORT_KEY.equals(order.get("sk").s())) {
                continue; // the day's summary lives in its partition too
            }
            if (order.containsKey(REFUND)) {
                refunds++;
                refunded += Attr.num(order, REFUND, 0);
                continue;
            }
            if (order.containsKey("by")) {
                placed++;
            }
            AttributeValue status = order.get("st");
            if (status == null) {
                continue;
            }
            ended.merge(OrderStatus.valueOf(status.s()), 1L, Long::sum);
            revenue += Attr.num(order, "rev", 0);
            AttributeValue sale = order.get("sale");
            if (sale != null && sale.hasL()) {
                for (AttributeValue line : sale.l()) {
                    DayTotals.ProductSales sold = saleLine(line);
                    long[] v = sales.computeIfAbsent(sold.productId(), id -> new long[2]);
                    v[0] += sold.units();
                    v[1] += sold.revenueCents();
                    names.putIfAbsent(sold.productId(), sold.name());
                }
            }
        }
        List<DayTotals.ProductSales> products = new ArrayList<>();
        sales.forEach((id, v) -> products.add(new DayTotals.ProductSales(id, names.getOrDefault(id, id), v[0], v[1])));
        return new DayTotals(day, placed, ended, revenue, products, refunds, refunded);
    }
}
