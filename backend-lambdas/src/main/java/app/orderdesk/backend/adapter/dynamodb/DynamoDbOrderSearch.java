package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.OrderSearch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Order search over the Orders table's indexes: OrderNumberIndex, CustomerEmailIndex and
 * CustomerPhoneIndex, DayIndex (orderDay: the store's day), StatusIndex (the last four sorted by createdAt,
 * read newest first). Without a
 * key (date range only, or nothing) it Scans the table with a filter and sorts in memory — fine for
 * one store's order volume, and the documented limit of the date-only search; the payments still outstanding
 * (ADR 0073) are a filter on whichever read runs, so alone they take that Scan too. The cursor is the last
 * key read, as JSON; one that does not fit the search is rejected as a bad nextToken.
 */
public final class DynamoDbOrderSearch implements OrderSearch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ROUNDS = 20;
    // Bounds without the zone letter compare correctly with stored ISO instants whatever their fraction digits.
    private static final DateTimeFormatter BOUND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String PROJECTION = "orderId, orderNumber, #status, customerEmail, customerName, totalCents, currency, createdAt";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbOrderSearch(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    /** Which index a search uses and the attribute that is its partition key. */
    private record Plan(String index, String keyAttribute, String keyValue, boolean ranged) {}

    @Override
    public OrderSlice search(Criteria c) {
        Plan plan = plan(c);
        return plan == null ? scan(c) : query(c, plan);
    }

    private static Plan plan(Criteria c) {
        if (c.orderNumber() != null) {
            return new Plan("OrderNumberIndex", "orderNumber", c.orderNumber(), false);
        }
        if (c.email() != null) {
            return new Plan("CustomerEmailIndex", "customerEmail", c.email(), true);
        }
        if (c.phone() != null) {
            return new Plan("CustomerPhoneIndex", "customerPhone", c.phone(), true);
        }
        if (c.day() != null) {
            return new Plan("DayIndex", "orderDay", c.day(), true);
        }
        if (c.status() != null) {
            return new Plan("StatusIndex", "status", c.status().name(), true);
        }
        return null;
    }

    private OrderSlice query(Criteria c, Plan plan) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#status", "status");
        names.put("#key", plan.keyAttribute());
        values.put(":key", s(plan.keyValue()));
        String keyCondition = "#key = :key";
        List<String> filters = new ArrayList<>();
        if (plan.ranged()) {
            String range = range(c, values);
            if (range != null) {
                keyCondition += " AND " + range;
            }
        } else {
            String range = range(c, values);
            if (range != null) {
                filters.add(range);
            }
        }
        addFilters(c, plan.keyAttribute(), filters, values);
        Set<String> keyNames = plan.ranged() ? Set.of("orderId", plan.keyAttribute(), "createdAt") : Set.of("orderId", plan.keyAttribute());
        Map<String, AttributeValue> startKey = decode(c.cursor(), keyNames);
        if (startKey != null && !plan.keyValue().equals(str(startKey, plan.keyAttribute()))) {
            throw badCursor();
        }
        List<OrderSummary> items = new ArrayList<>();
        // Limit applies before the filter, so keep reading (asking only for what is missing) until the page is full.
        for (int round = 0; round < MAX_ROUNDS && items.size() < c.limit(); round++) {
            var builder = QueryRequest.builder().tableName(tableName).indexName(plan.index())
                    .keyConditionExpression(keyCondition).projectionExpression(PROJECTION)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .scanIndexForward(false).limit(c.limit() - items.size()).exclusiveStartKey(startKey);
            if (!filters.isEmpty()) {
                builder.filterExpression(String.join(" AND ", filters));
            }
            var request = builder.build();
            var response = AwsFailures.call("Orders Query " + plan.index(), () -> client.query(request));
            response.items().forEach(item -> items.add(toSummary(item)));
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            if (startKey == null) {
                break;
            }
        }
        if (!plan.ranged()) {
            items.sort(Comparator.comparing(OrderSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        }
        return new OrderSlice(items, encode(startKey));
    }

    /** Reads every match (all Scan pages), sorts newest first and returns the page after the cursor. */
    private OrderSlice scan(Criteria c) {
        Map<String, String> names = new HashMap<>(Map.of("#status", "status"));
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> filters = new ArrayList<>();
        String range = range(c, values);
        if (range != null) {
            filters.add(range);
        }
        addPaymentFilter(c, filters, values);
        Map<String, AttributeValue> after = decode(c.cursor(), Set.of("orderId", "createdAt"));
        List<OrderSummary> all = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            var builder = ScanRequest.builder().tableName(tableName).projectionExpression(PROJECTION)
                    .expressionAttributeNames(names).exclusiveStartKey(startKey);
            if (!filters.isEmpty()) {
                builder.filterExpression(String.join(" AND ", filters)).expressionAttributeValues(values);
            }
            var request = builder.build();
            var response = AwsFailures.call("Orders Scan", () -> client.scan(request));
            response.items().forEach(item -> all.add(toSummary(item)));
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (startKey != null);
        Comparator<OrderSummary> newestFirst = Comparator.comparing((OrderSummary o) -> o.createdAt().toString())
                .thenComparing(OrderSummary::orderId).reversed();
        all.sort(newestFirst);
        List<OrderSummary> page = new ArrayList<>();
        boolean more = false;
        for (OrderSummary o : all) {
            if (after != null && !isAfter(o, str(after, "createdAt"), str(after, "orderId"))) {
                continue;
            }
            if (page.size() == c.limit()) {
                more = true;
                break;
            }
            page.add(o);
        }
        String cursor = null;
        if (more) {
            OrderSummary last = page.getLast();
            cursor = encode(Map.of("orderId", s(last.orderId()), "createdAt", s(last.createdAt().toString())));
        }
        return new OrderSlice(page, cursor);
    }

    /** True when {@code o} comes after (is older than) the cursor position in newest-first order. */
    private static boolean isAfter(OrderSummary o, String createdAt, String orderId) {
        int byTime = o.createdAt().toString().compareTo(createdAt);
        return byTime < 0 || byTime == 0 && o.orderId().compareTo(orderId) < 0;
    }

    private static String range(Criteria c, Map<String, AttributeValue> values) {
        if (c.from() != null) {
            values.put(":from", s(BOUND.format(c.from().truncatedTo(ChronoUnit.SECONDS))));
        }
        if (c.to() != null) {
            values.put(":to", s(BOUND.format(c.to().truncatedTo(ChronoUnit.SECONDS))));
        }
        if (c.from() != null && c.to() != null) {
            // ":to" never equals a stored value (it has no zone letter), so BETWEEN excludes it.
            return "createdAt BETWEEN :from AND :to";
        }
        if (c.from() != null) {
            return "createdAt >= :from";
        }
        return c.to() != null ? "createdAt < :to" : null;
    }

    private static void addFilters(Criteria c, String keyAttribute, List<String> filters, Map<String, AttributeValue> values) {
        if (c.email() != null && !keyAttribute.equals("customerEmail")) {
            filters.add("customerEmail = :email");
            values.put(":email", s(c.email()));
        }
        if (c.phone() != null && !keyAttribute.equals("customerPhone")) {
            filters.add("customerPhone = :phone");
            values.put(":phone", s(c.phone()));
        }
        if (c.status() != null && !keyAttribute.equals("status")) {
            filters.add("#status = :status");
            values.put(":status", s(c.status().name()));
        }
        addPaymentFilter(c, filters, values);
    }

    /** ADR 0073: only the orders whose payment on delivery is still owed (the condition ADR 0071's write has). */
    private static void addPaymentFilter(Criteria c, List<String> filters, Map<String, AttributeValue> values) {
        if (c.paymentOutstanding()) {
            filters.add(PaymentOwedCondition.expression(values));
        }
    }

    private static OrderSummary toSummary(Map<String, AttributeValue> item) {
        return new OrderSummary(str(item, "orderId"), str(item, "orderNumber"), OrderStatus.valueOf(str(item, "status")),
                str(item, "customerEmail"), str(item, "customerName"), num(item, "totalCents", 0), str(item, "currency"),
                instant(item, "createdAt"));
    }

    private static String encode(Map<String, AttributeValue> key) {
        if (key == null) {
            return null;
        }
        Map<String, String> plain = new TreeMap<>();
        key.forEach((name, value) -> plain.put(name, value.s()));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cursor not serialisable", e);
        }
    }

    private static Map<String, AttributeValue> decode(String cursor, Set<String> expected) {
        if (cursor == null) {
            return null;
        }
        Map<String, String> plain;
        try {
            plain = JSON.readValue(cursor, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException notOurs) {
            throw badCursor();
        }
        if (plain == null || !plain.keySet().equals(expected) || plain.values().stream().anyMatch(v -> v == null || v.isEmpty())) {
            throw badCursor();
        }
        Map<String, AttributeValue> key = new HashMap<>();
        plain.forEach((name, value) -> key.put(name, s(value)));
        return key;
    }

    private static ValidationFailedException badCursor() {
        return new ValidationFailedException("nextToken", "is not a token this API handed out for this search");
    }
}
