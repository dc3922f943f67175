package app.orderdesk.localcloud.reliability;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An order a workflow run left in flight (ADR 0035): the run got as far as ProcessPayment and then ended
 * without reaching any failure path — an EXPRESS run's 5-minute limit, or Step Functions failing under it.
 * The run is played by calling the deployed task functions themselves, each with its own IAM policy, as the
 * workflow would; the minutes that must pass before the reconciler may act are moved on by writing the
 * order's last-write time back. The scheduled reconciler then resumes it at UpdateInventory, and the order
 * completes once: one charge, the stock sold once, one email.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityInFlightOrderTest {

    private static final Duration WORKFLOW_BUDGET = Duration.ofSeconds(315);

    @Test
    void theReconcilerResumesAnOrderARunLeftPaid() throws Exception {
        Reliability r = Reliability.get();
        String productId = r.seedProduct("rel-inflight", "In-flight Kettle", 2999, 10);
        String email = Reliability.uniqueEmail("inflight");
        String orderId = UUID.randomUUID().toString();
        Product kettle = new Product(productId, productId.toUpperCase(), "In-flight Kettle", Money.ofCents(2999, Money.USD), 10);
        Instant placedAt = Instant.now().minus(Duration.ofMinutes(10));
        Order stored = Order.place(orderId, "OD-F" + orderId.substring(0, 6), new Customer(email, "In-flight Customer", null),
                List.of(OrderLine.of(kettle, 2)), "key-" + orderId, "tok_visa", placedAt);
        String table = r.cloud.tableName("OrdersTable");
        assertThat(new DynamoDbOrderRepository(r.dynamoDb, table).create(stored)).isTrue();

        // The run that stopped: SaveOrder, ReserveStock, ProcessPayment, each answer carried into the next step.
        JsonNode state = startState(stored);
        for (String step : List.of("SaveOrder", "ReserveStock", "ProcessPayment")) {
            state = task(r, step + "Function", step, orderId, state);
        }
        assertThat(attr(r.orderItem(orderId), "status")).isEqualTo("PAID");
        String paymentId = attr(r.orderItem(orderId), "paymentId");
        JsonNode tooSoon = Reliability.JSON.readTree(r.cloud.reconcileReservations());
        assertThat(ids(tooSoon.path("inFlightOrders").path("resumed"))).as("written a moment ago").doesNotContain(orderId);

        // Seven minutes later: past the EXPRESS limit, no run can still write it.
        String sevenMinutesAgo = Instant.now().minus(Duration.ofMinutes(7)).toString();
        r.dynamoDb.updateItem(u -> u.tableName(table).key(Map.of("orderId", AttributeValue.fromS(orderId)))
                .updateExpression("SET updatedAt = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromS(sevenMinutesAgo))));

        JsonNode first;
        List<String> pushed;
        // ADR 0074: support's desk follows the order; the reconciler's resume reaches it by push before the retry's steps
        try (FollowingDesk desk = FollowingDesk.following(r, orderId)) {
            first = Reliability.JSON.readTree(r.cloud.reconcileReservations());
            assertThat(ids(first.path("inFlightOrders").path("resumed"))).as(first.toString()).contains(orderId);
            await().atMost(WORKFLOW_BUDGET).pollInterval(Duration.ofMillis(250))
                    .until(() -> "COMPLETED".equals(attr(r.orderItem(orderId), "status")));
            pushed = await().atMost(Duration.ofSeconds(10)).until(() -> desk.changesOf(orderId).stream()
                    .map(FollowingDesk::statusAndSteps).toList(),
                    changes -> changes.contains("COMPLETED [EmailReceipt]"));
        }
        JsonNode second = Reliability.JSON.readTree(r.cloud.reconcileReservations());

        List<String> timeline = new ArrayList<>();
        r.timeline(orderId).forEach(step -> timeline.add(step.name()));
        // The retry's own states: it starts where the stopped run left off (a repeat of an earlier step would write
        // nothing to the timeline, each being idempotent per order, so only the execution shows it).
        List<String> entered = r.history(orderId).stream()
                .filter(e -> e.type() == software.amazon.awssdk.services.sfn.model.HistoryEventType.TASK_STATE_ENTERED)
                .map(e -> e.stateEnteredEventDetails().name()).toList();
        System.out.printf("reliability: order left in flight (PAID): first reconcile found %d in flight and resumed %s; second resumed %s;"
                        + " order %s, stock %d of 10, %d email(s), executions %s, the retry's tasks %s, timeline %s; pushed %s%n",
                first.path("inFlightOrders").path("found").asInt(),
                ids(first.path("inFlightOrders").path("resumed")).contains(orderId) ? "it" : "not it",
                ids(second.path("inFlightOrders").path("resumed")).contains(orderId) ? "it again" : "nothing of it",
                attr(r.orderItem(orderId), "status"), r.available(productId), r.mailsTo(email).size(),
                r.cloud.executionArns(orderId).size(), entered, timeline, pushed);
        assertThat(ids(second.path("inFlightOrders").path("resumed"))).doesNotContain(orderId);
        assertThat(r.cloud.executionArns(orderId)).as("one execution: the retry").hasSize(1)
                .allMatch(arn -> arn.contains(":" + orderId + "-retry-1:"));
        assertThat(entered).containsExactly("UpdateInventory", "SendNotification", "GenerateReceipt", "EmailReceipt");
        assertThat(attr(r.orderItem(orderId), "paymentId")).as("the charge of the stopped run, not a second one").isEqualTo(paymentId);
        assertThat(r.available(productId)).isEqualTo(8);
        assertThat(r.reservations(productId)).doesNotContainKey(orderId);
        assertThat(r.mailsTo(email)).hasSize(1);
        assertThat(timeline.subList(0, timeline.indexOf("ResumedByReconciler"))).as("the stopped run")
                .containsExactly("SaveOrder", "ReserveStock", "ProcessPayment");
        assertThat(timeline.subList(timeline.indexOf("ResumedByReconciler") + 1, timeline.size())).as("the retry: from the step after PAID")
                .containsExactly("UpdateInventory", "SendNotification", "GenerateReceipt", "EmailReceipt");
        assertThat(pushed).as("the resume pushed first, then the retry's steps").first().isEqualTo("PAID [ResumedByReconciler]");
    }

    /**
     * An order that stopped again after the reconciler's three retries: the fourth time the reconciler leaves it for
     * people (ADR 0035) — a reason with its code, support's attention list shows it as STOPPED before the step it
     * stopped at, and no later reconciler run starts it again.
     */
    @Test
    void afterThreeRetriesTheReconcilerLeavesTheOrderForPeople() throws Exception {
        Reliability r = Reliability.get();
        String productId = r.seedProduct("rel-stopped", "Stopped Kettle", 1999, 10);
        String orderId = UUID.randomUUID().toString();
        Product kettle = new Product(productId, productId.toUpperCase(), "Stopped Kettle", Money.ofCents(1999, Money.USD), 10);
        Order stored = Order.place(orderId, "OD-S" + orderId.substring(0, 6),
                new Customer(Reliability.uniqueEmail("stopped"), "Stopped Customer", null),
                List.of(OrderLine.of(kettle, 1)), "key-" + orderId, "tok_visa", Instant.now().minus(Duration.ofMinutes(30)));
        String table = r.cloud.tableName("OrdersTable");
        assertThat(new DynamoDbOrderRepository(r.dynamoDb, table).create(stored)).isTrue();
        JsonNode state = startState(stored);
        for (String step : List.of("SaveOrder", "ReserveStock")) {
            state = task(r, step + "Function", step, orderId, state);
        }
        // As three earlier reconciler runs would have left it: three retries counted, the last write 7 minutes ago.
        String sevenMinutesAgo = Instant.now().minus(Duration.ofMinutes(7)).toString();
        r.dynamoDb.updateItem(u -> u.tableName(table).key(Map.of("orderId", AttributeValue.fromS(orderId)))
                .updateExpression("SET updatedAt = :t, retryResumes = :three")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(sevenMinutesAgo), ":three", AttributeValue.fromN("3"))));

        JsonNode first;
        JsonNode second;
        List<String> pushed;
        // ADR 0074: support's desk follows the order; being left for people reaches it by push, reason and step
        try (FollowingDesk desk = FollowingDesk.following(r, orderId)) {
            first = Reliability.JSON.readTree(r.cloud.reconcileReservations());
            second = Reliability.JSON.readTree(r.cloud.reconcileReservations());
            pushed = await().atMost(Duration.ofSeconds(10)).until(() -> desk.changesOf(orderId).stream()
                    .map(m -> FollowingDesk.statusAndSteps(m)
                            + (m.path("statusReasonCode").isTextual() ? " " + m.path("statusReasonCode").asText() : ""))
                    .toList(), changes -> !changes.isEmpty());
        }
        JsonNode attention = r.getAs("support", "/orders/attention?limit=50").json();
        JsonNode item = null;
        for (JsonNode candidate : attention) {
            if (orderId.equals(candidate.path("orderId").asText())) {
                item = candidate;
            }
        }
        System.out.printf("reliability: order stopped after 3 retries: first reconcile left %s for people, second found it %s;"
                        + " attention item %s; executions %d; pushed to the following desk %s%n",
                ids(first.path("inFlightOrders").path("leftForPeople")).contains(orderId) ? "it" : "not it",
                ids(second.path("inFlightOrders").path("leftForPeople")).contains(orderId)
                        || ids(second.path("inFlightOrders").path("resumed")).contains(orderId) ? "again" : "no more",
                item, r.cloud.executionArns(orderId).size(), pushed);
        assertThat(ids(first.path("inFlightOrders").path("leftForPeople"))).as(first.toString()).contains(orderId);
        assertThat(ids(first.path("inFlightOrders").path("resumed"))).doesNotContain(orderId);
        assertThat(ids(second.path("inFlightOrders").path("leftForPeople"))).as("marked once").doesNotContain(orderId);
        assertThat(ids(second.path("inFlightOrders").path("resumed"))).doesNotContain(orderId);
        assertThat(r.cloud.executionArns(orderId)).as("never started again").isEmpty();
        assertThat(attr(r.orderItem(orderId), "status")).isEqualTo("RESERVED");
        assertThat(item).as("on support's attention list").isNotNull();
        assertThat(item.path("kind").asText()).isEqualTo("STOPPED");
        assertThat(item.path("failedStep").asText()).isEqualTo("ProcessPayment");
        assertThat(item.path("reasonCode").asText()).isEqualTo("STOPPED_REPEATEDLY");
        assertThat(pushed).as("left for people, pushed once with its reason and step").containsExactly("RESERVED [LeftForPeople] STOPPED_REPEATEDLY");
    }

    /** The workflow's first state, as {@code SfnWorkflowStarter} makes it. */
    private static JsonNode startState(Order order) {
        ObjectNode state = Reliability.JSON.createObjectNode().put("orderId", order.orderId()).put("orderNumber", order.orderNumber())
                .put("totalCents", order.total().cents()).put("createdAt", order.createdAt().toString());
        order.lines().forEach(line -> state.withArray("lines").addObject()
                .put("productId", line.productId()).put("quantity", line.quantity()).put("label", line.label()));
        return state;
    }

    /** One task as the definition calls it (its Parameters), through the deployed function; its answer is the next state. */
    private static JsonNode task(Reliability r, String function, String step, String orderId, JsonNode carried) throws Exception {
        ObjectNode event = Reliability.JSON.createObjectNode().put("orderId", orderId)
                .put("executionArn", "arn:aws:states:us-east-1:000000000000:express:order-workflow:stopped-run:" + orderId)
                .put("step", step).put("enteredAt", Instant.now().toString()).put("retryCount", 0);
        event.set("carried", carried);
        LambdaResponse answer = r.cloud.invoke(function, event.toString());
        assertThat(answer).as(step).isInstanceOf(LambdaResponse.Success.class);
        return Reliability.JSON.readTree(((LambdaResponse.Success) answer).body());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
