package app.orderdesk.localcloud.reliability;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderSearch;
import app.orderdesk.backend.port.OrderSearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 12 end to end on the local cloud: a load of orders leaves daily totals that agree with the
 * orders themselves; the dashboard and the attention list read them; the Orders tab's list of today
 * comes from the day index without a Scan; the customer directory finds repeat callers by any form
 * of their phone number and erases them. The store runs in the template's default zone (UTC).
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class DirectoryAndDashboardEndToEndTest {

    private static Reliability r;
    private static String today;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        today = LocalDate.now(ZoneOffset.UTC).toString();
    }

    /**
     * A day's DailyTotals, summed here from the raw order items of its partition as the workflow left
     * them (one item per order: {@code by}, {@code st}, {@code rev}, {@code sale}), as numbers named
     * {@code placed}, {@code n#<STATUS>}, {@code revenueCents} and {@code u#<product>}.
     */
    private static Map<String, AttributeValue> totalsItem(String day) {
        Map<String, Long> sums = new HashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = r.dynamoDb.query(q -> q.tableName(r.cloud.tableName("DailyTotalsTable")).consistentRead(true)
                    .keyConditionExpression("pk = :pk").exclusiveStartKey(from)
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("DAY#" + day))));
            for (var order : page.items()) {
                if (order.containsKey("by")) {
                    sums.merge("placed", 1L, Long::sum);
                }
                if (order.containsKey("st")) {
                    sums.merge("n#" + order.get("st").s(), 1L, Long::sum);
                }
                if (order.containsKey("rev")) {
                    sums.merge("revenueCents", Long.parseLong(order.get("rev").n()), Long::sum);
                }
                if (order.containsKey("sale")) {
                    order.get("sale").l().forEach(l -> sums.merge("u#" + l.m().get("p").s(), Long.parseLong(l.m().get("u").n()), Long::sum));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        Map<String, AttributeValue> item = new HashMap<>();
        sums.forEach((name, value) -> item.put(name, AttributeValue.fromN(Long.toString(value))));
        return item;
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? 0 : Long.parseLong(v.n());
    }

    @Test
    void aLoadRunLeavesTotalsThatAgreeWithTheOrders() {
        // Orders of earlier tests must have ended, or their outcomes would land between "before" and "after".
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> new Stores(r).runningExecutions() == 0);
        String mug = r.seedProduct("dash-mug", "Dashboard Mug", 1250, 1000);
        String tee = r.seedProduct("dash-tee", "Dashboard Tee", 2000, 1000);
        String rare = r.seedProduct("dash-rare", "Dashboard Rarity", 9900, 2);
        Map<String, AttributeValue> before = totalsItem(today);
        JsonNode dashboardBefore = r.getAs("managers", "/dashboard?days=30").json();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String token = i < 20 ? "tok_visa" : i < 24 ? "tok_chargeDeclined" : i < 27 ? "tok_processingError" : "tok_visa";
            ObjectNode body = i >= 27
                    ? order(Reliability.uniqueEmail("dash"), "Load " + i, token, line(rare, 5)) // more than there is: REJECTED
                    : order(Reliability.uniqueEmail("dash"), "Load " + i, token, line(mug, 1 + i % 3), line(tee, 1));
            Reliability.Reply placed = r.placeOrder(i % 4, i % 2 == 0 ? "staff" : "managers", UUID.randomUUID().toString(), body);
            assertThat(placed.status()).as(placed.body()).isEqualTo(202);
            ids.add(placed.json().path("orderId").asText());
        }
        r.awaitExecutions(ids, Duration.ofSeconds(240));

        // Recompute from the orders themselves.
        Map<String, Long> byStatus = new TreeMap<>();
        long revenue = 0;
        Map<String, Long> units = new HashMap<>();
        for (String id : ids) {
            var item = r.orderItem(id);
            String status = attr(item, "status");
            byStatus.merge(status, 1L, Long::sum);
            assertThat(attr(item, "orderDay")).as("filed under its store day").isEqualTo(today);
            if (status.equals("COMPLETED")) {
                revenue += Long.parseLong(attr(item, "totalCents"));
                for (AttributeValue l : item.get("lines").l()) {
                    units.merge(l.m().get("productId").s(), Long.parseLong(l.m().get("quantity").n()), Long::sum);
                }
            }
        }
        Map<String, AttributeValue> after = totalsItem(today);
        Map<String, Long> counted = new TreeMap<>();
        for (String status : List.of("COMPLETED", "REJECTED", "PAYMENT_DECLINED", "FAILED", "CANCELLED")) {
            long delta = number(after, "n#" + status) - number(before, "n#" + status);
            if (delta != 0) {
                counted.put(status, delta);
            }
        }
        long placedDelta = number(after, "placed") - number(before, "placed");
        long revenueDelta = number(after, "revenueCents") - number(before, "revenueCents");

        System.out.printf("dashboard: load of %d orders -> recomputed from the orders %s, revenue %d cents, units %s;"
                        + " daily totals counted %s, placed +%d, revenue +%d cents, units mug %d tee %d rare %d%n",
                ids.size(), byStatus, revenue, units, counted, placedDelta, revenueDelta,
                number(after, "u#" + mug), number(after, "u#" + tee), number(after, "u#" + rare));
        assertThat(byStatus).as("the load produced every outcome it aimed for")
                .containsEntry("COMPLETED", 20L).containsEntry("PAYMENT_DECLINED", 4L).containsEntry("FAILED", 3L).containsEntry("REJECTED", 3L);
        assertThat(counted).isEqualTo(byStatus);
        assertThat(placedDelta).isEqualTo(ids.size());
        assertThat(revenueDelta).isEqualTo(revenue);
        assertThat(number(after, "u#" + mug)).isEqualTo(units.get(mug));
        assertThat(number(after, "u#" + tee)).isEqualTo(units.get(tee));
        assertThat(number(after, "u#" + rare)).as("rejected orders sell nothing").isZero();

        // The dashboard route reads the same totals (the IAM policy of its function grants no Scan).
        JsonNode dashboard = r.getAs("managers", "/dashboard?days=30").json();
        assertThat(dashboard.path("scope").asText()).isEqualTo("STORE");
        assertThat(dashboard.path("revenueByDay")).hasSize(30);
        long todayRevenueBefore = dashboardBefore.path("revenueByDay").get(29).path("revenueCents").asLong();
        assertThat(dashboard.path("revenueByDay").get(29).path("revenueCents").asLong() - todayRevenueBefore).isEqualTo(revenue);
        for (var e : byStatus.entrySet()) {
            long was = dashboardBefore.path("todayByStatus").path(e.getKey()).asLong();
            assertThat(dashboard.path("todayByStatus").path(e.getKey()).asLong() - was).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(dashboard.path("attention").toString()).as("the failed orders need attention").contains(ids.get(24));

        // Support's attention list: the failed step and the reason in words.
        JsonNode attention = r.getAs("support", "/orders/attention?limit=50").json();
        List<JsonNode> mine = new ArrayList<>();
        attention.forEach(a -> {
            if (ids.contains(a.path("orderId").asText())) {
                mine.add(a);
            }
        });
        System.out.printf("dashboard: attention list holds %d items, %d from this load: %s%n", attention.size(), mine.size(),
                mine.stream().map(a -> a.path("failedStep").asText() + " / " + a.path("reason").asText()).distinct().toList());
        assertThat(mine).hasSize(3).allSatisfy(a -> {
            // compensated after ProcessPayment gave up (stock released, nothing charged): nothing to retry (ADR 0013)
            assertThat(a.path("kind").asText()).isEqualTo("COMPENSATED");
            assertThat(a.path("failedStep").asText()).isEqualTo("ProcessPayment");
            assertThat(a.path("reason").asText()).contains("payment service");
        });

        // Staff see their own day only.
        JsonNode staff = r.getAs("staff", "/dashboard").json();
        assertThat(staff.path("scope").asText()).isEqualTo("MINE");
        assertThat(staff.path("revenueByDay")).isEmpty();
        long staffTotal = 0;
        for (JsonNode n : staff.path("todayByStatus")) {
            staffTotal += n.asLong();
        }
        assertThat(staffTotal).as("at least the 15 this test placed as staff").isGreaterThanOrEqualTo(15);

        // Idempotent reads: the same request twice answers the same.
        assertThat(r.getAs("managers", "/dashboard?days=7").body()).isEqualTo(r.getAs("managers", "/dashboard?days=7").body());
    }

    @Test
    void theOrdersTabListsTodayNewestFirstFromTheDayIndexWithoutAScan() {
        String product = r.seedProduct("day-list", "Day List Lamp", 500, 100);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                    order(Reliability.uniqueEmail("daylist"), "Day " + i, "tok_visa", line(product, 1))).json().path("orderId").asText());
        }
        // Let them end: a later test in this class compares totals before and after its own load.
        r.awaitExecutions(ids, Duration.ofSeconds(60));
        JsonNode page = r.getAs("staff", "/orders?limit=100").json();
        List<String> listed = new ArrayList<>();
        List<String> created = new ArrayList<>();
        page.path("items").forEach(o -> {
            listed.add(o.path("orderId").asText());
            created.add(o.path("createdAt").asText());
        });
        assertThat(listed).containsAll(ids);
        assertThat(listed.indexOf(ids.get(2))).as("newest first").isLessThan(listed.indexOf(ids.get(0)));
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        assertThat(r.getAs("staff", "/orders?day=" + yesterday).json().path("items").toString()).doesNotContain(ids.get(0));

        // The same search the handler runs, through a client that records every DynamoDB operation.
        List<String> operations = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        try (DynamoDbClient recorded = DynamoDbClient.builder().httpClient(r.sdkHttp).region(Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test")))
                .endpointOverride(r.cloud.dynamoDbEndpoint())
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build()) {
            var search = new DynamoDbOrderSearch(recorded, r.cloud.tableName("OrdersTable"));
            var slice = search.search(new OrderSearch.Criteria(null, null, null, null, null, null, 100, null, today));
            assertThat(slice.items()).extracting(OrderSearch.OrderSummary::orderId).containsAll(ids);
        }
        System.out.printf("orders by day: today's list read with %s%n", operations);
        assertThat(operations).isNotEmpty().containsOnly("Query");
    }

    @Test
    void theDirectoryFindsARepeatCallerByAnyFormOfTheirNumberAndErasesThem() {
        String product = r.seedProduct("directory", "Directory Kettle", 3000, 100);
        String email = Reliability.uniqueEmail("caller");
        String digits = String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999));
        List<String> ids = new ArrayList<>();
        String firstKey = UUID.randomUUID().toString();
        for (String key : List.of(firstKey, UUID.randomUUID().toString())) {
            ObjectNode body = order(email.toUpperCase(), "Grace Hopper", "tok_visa", line(product, 1));
            ((ObjectNode) body.path("customer")).put("phone", "+49 30 " + digits);
            ids.add(r.placeOrder(0, "staff", key, body).json().path("orderId").asText());
        }
        r.awaitExecutions(ids, Duration.ofSeconds(60));

        JsonNode byPhone = r.getAs("support", "/customers?phone=0049%2030%20" + digits).json();
        assertThat(byPhone).hasSize(1);
        String id = byPhone.get(0).path("customerId").asText();
        assertThat(byPhone.get(0).path("phone").asText()).isEqualTo("+4930" + digits);
        assertThat(byPhone.get(0).path("email").asText()).isEqualTo(email);
        assertThat(r.getAs("staff", "/customers?email=" + email).json().get(0).path("customerId").asText()).isEqualTo(id);

        // Placing the first order again (same key) changes neither the caller nor the day's count.
        String customerBefore = r.getAs("staff", "/customers?email=" + email).body();
        long placedBefore = number(totalsItem(today), "placed");
        ObjectNode again = order(email.toUpperCase(), "Grace Hopper", "tok_visa", line(product, 1));
        ((ObjectNode) again.path("customer")).put("phone", "+49 30 " + digits);
        assertThat(r.placeOrder(0, "staff", firstKey, again).json().path("orderId").asText()).isEqualTo(ids.get(0));
        assertThat(r.getAs("staff", "/customers?email=" + email).body()).isEqualTo(customerBefore);
        assertThat(number(totalsItem(today), "placed")).isEqualTo(placedBefore);

        // Every read route answers the same when asked twice.
        for (String path : List.of("/customers/" + id + "/orders", "/customers?phone=%2B4930" + digits, "/orders/attention")) {
            assertThat(r.getAs("support", path).body()).as(path).isEqualTo(r.getAs("support", path).body());
        }
        assertThat(r.getAs("managers", "/customers/export.csv").body()).isEqualTo(r.getAs("managers", "/customers/export.csv").body());
        JsonNode orders = r.getAs("staff", "/customers/" + id + "/orders").json();
        assertThat(orders.path("items")).extracting(o -> o.path("orderId").asText()).containsExactly(ids.get(1), ids.get(0));

        Reliability.Reply export = r.getAs("managers", "/customers/export.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().getOrDefault("content-type", export.headers().getOrDefault("Content-Type", List.of())).toString()).contains("text/csv");
        assertThat(export.body()).startsWith("customerId,email,name,phone,firstOrderAt,lastOrderAt").contains(id + "," + email);

        // Audit, session 34: erasure took the pay-on-delivery token too, and with it how the order is paid — its refund then
        // went to the card gateway (refused) and its payment could no longer be recorded. That token stays; a card's goes.
        ObjectNode onDelivery = order(email, "Grace Hopper", "tok_payOnDelivery", line(product, 1));
        String deliveryOrder = r.placeOrder(0, "staff", UUID.randomUUID().toString(), onDelivery).json().path("orderId").asText();
        r.awaitExecutions(List.of(deliveryOrder), Duration.ofSeconds(60));

        Reliability.Reply erased = r.sendRetrying(0, "DELETE", "/customers/" + id, r.idToken("managers"), Map.of(), null);
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().path("ordersAnonymised").asInt()).isEqualTo(3);
        var deliveryItem = r.orderItem(deliveryOrder);
        assertThat(deliveryItem).doesNotContainKeys("customerEmail", "customerPhone");
        assertThat(attr(deliveryItem, "customerName")).isEqualTo("(erased)");
        assertThat(attr(deliveryItem, "paymentToken")).as("not personal: how the order is paid").isEqualTo("tok_payOnDelivery");
        assertThat(r.getAs("support", "/orders/" + deliveryOrder).json().path("paymentMethod").asText()).isEqualTo("ON_DELIVERY");
        Reliability.Reply repeat = r.sendRetrying(0, "DELETE", "/customers/" + id, r.idToken("managers"), Map.of(), null);
        assertThat(repeat.status()).as("erased once; the id is now unknown").isEqualTo(404);

        for (String orderId : ids) {
            var item = r.orderItem(orderId);
            assertThat(item).as("the order stays").containsKey("totalCents").doesNotContainKeys("customerEmail", "customerPhone", "paymentToken");
            assertThat(attr(item, "customerName")).isEqualTo("(erased)");
        }
        assertThat(r.getAs("support", "/customers?email=" + email).json()).isEmpty();
        assertThat(r.getAs("managers", "/customers/export.csv").body()).doesNotContain(email);
        var audit = r.dynamoDb.scan(q -> q.tableName(r.cloud.tableName("CustomersTable"))
                .filterExpression("begins_with(customerId, :p)")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("audit#erasure#" + id)))).items();
        System.out.printf("directory: caller found by 0049/+49 forms as %s, %d orders anonymised on erasure, audit entries %d (%s)%n",
                id, erased.json().path("ordersAnonymised").asInt(), audit.size(),
                audit.isEmpty() ? "-" : Set.copyOf(audit.getFirst().keySet()));
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst()).containsKeys("actor", "at", "ordersAnonymised");
        assertThat(audit.getFirst().toString()).as("no personal data in the audit trail").doesNotContain(email).doesNotContain(digits);
    }
}
