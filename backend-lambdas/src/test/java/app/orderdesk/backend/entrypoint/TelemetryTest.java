package app.orderdesk.backend.entrypoint;

import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.entrypoint.api.GetOrderHandler;
import app.orderdesk.backend.entrypoint.api.PlaceOrderHandler;
import app.orderdesk.backend.entrypoint.workflow.EmailReceiptTask;
import app.orderdesk.backend.entrypoint.workflow.MarkOrderTask;
import app.orderdesk.backend.entrypoint.workflow.ReleaseStockTask;
import app.orderdesk.backend.entrypoint.workflow.ReserveStockTask;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.observability.CountingIdempotencyStore;
import app.orderdesk.backend.observability.DaemonCapture;
import app.orderdesk.backend.observability.Telemetry;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.usecase.GetOrder;
import app.orderdesk.backend.usecase.PlaceOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log line shape, the EMF metric lines and the X-Ray subsegments with their annotations, taken at the entry points. */
class TelemetryTest {

    private static final String EXECUTION = "arn:aws:states:us-east-1:111111111111:execution:OrderWorkflow:";
    private static final String TRACE = "1-67a0c3f2-5e2b1d4c9a8f7e6d5c4b3a29";
    /** As Lambda hands a recorded invocation to the Java runtime. */
    private static final String SAMPLED = "Root=" + TRACE + ";Parent=53995c3f42cd8ad8;Sampled=1";

    private final World world = new World();

    @Test
    void aCompletedOrderPrintsOneMetricLineWithoutDimensionsAndOneLogLineWithItsKeys() {
        String id = paidWithReceipt("tok_visa");
        ObjectNode input = Events.JSON.createObjectNode().put("orderId", id).put("executionArn", EXECUTION + id)
                .put("startedAt", Instant.now().minusSeconds(5).toString());

        List<JsonNode> lines = StdoutCapture.jsonLines(() -> invoke(new EmailReceiptTask(world.emailReceipt), input));

        JsonNode log = onlyLog(lines);
        assertThat(log.path("level").asText()).isEqualTo("INFO");
        assertThat(log.path("message").asText()).isEqualTo("EmailReceiptTask finished: COMPLETED");
        assertThat(log.path("function").asText()).isEqualTo("EmailReceiptTask");
        assertThat(log.path("orderId").asText()).isEqualTo(id);
        assertThat(log.path("executionArn").asText()).isEqualTo(EXECUTION + id);
        assertThat(Instant.parse(log.path("timestamp").asText())).isNotNull();

        JsonNode emf = onlyMetrics(lines);
        JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(directive.path("Namespace").asText()).isEqualTo("OrderDesk");
        // Exactly one empty dimension set: published without dimensions (an empty list would publish nothing).
        assertThat(directive.path("Dimensions").toString()).isEqualTo("[[]]");
        assertThat(metricNames(emf)).containsExactlyInAnyOrder("OrdersCompleted", "OrderLatency");
        assertThat(emf.path("OrdersCompleted").asDouble()).isEqualTo(1.0);
        assertThat(emf.path("OrderLatency").asDouble()).isGreaterThanOrEqualTo(5000.0);
        assertThat(emf.path("orderId").asText()).isEqualTo(id);
        assertThat(emf.path("executionArn").asText()).isEqualTo(EXECUTION + id);
    }

    @Test
    void aDeclinedPaymentCountsADeclineAndACompensation() {
        String id = reserved("tok_chargeDeclined");
        ObjectNode input = Events.JSON.createObjectNode().put("orderId", id).put("outcome", "PAYMENT_DECLINED")
                .put("executionArn", EXECUTION + id);

        JsonNode emf = onlyMetrics(StdoutCapture.jsonLines(() -> invoke(new ReleaseStockTask(world.releaseStock), input)));

        assertThat(metricNames(emf)).containsExactlyInAnyOrder("OrdersDeclined", "Compensations");
        assertThat(emf.path("orderId").asText()).isEqualTo(id);
    }

    @Test
    void aFailedCompensationIsCountedByTheLastResortNotAsACompensation() {
        String id = reserved("tok_visa");
        ObjectNode input = Events.JSON.createObjectNode().put("orderId", id).put("status", "FAILED")
                .put("executionArn", EXECUTION + id);
        input.putObject("workflowData").put("orderId", id).putObject("compensationError").put("Error", "States.Timeout");

        JsonNode emf = onlyMetrics(StdoutCapture.jsonLines(() -> invoke(new MarkOrderTask(world.markOrder), input)));

        assertThat(metricNames(emf)).containsExactlyInAnyOrder("CompensationFailures", "OrdersFailed");
    }

    @Test
    void failOrderIsACompensationAndTheLastResortAfterAnAlertIsNot() {
        String failed = reserved("tok_visa");
        ObjectNode failOrder = Events.JSON.createObjectNode().put("orderId", failed).put("status", "FAILED");
        assertThat(metricNames(onlyMetrics(StdoutCapture.jsonLines(() -> invoke(new MarkOrderTask(world.markOrder), failOrder)))))
                .containsExactlyInAnyOrder("Compensations", "OrdersFailed");

        String alerted = reserved("tok_visa");
        ObjectNode lastResort = Events.JSON.createObjectNode().put("orderId", alerted).put("status", "FAILED");
        lastResort.putObject("workflowData").put("orderId", alerted);
        assertThat(metricNames(onlyMetrics(StdoutCapture.jsonLines(() -> invoke(new MarkOrderTask(world.markOrder), lastResort)))))
                .containsExactly("OrdersFailed");
    }

    @Test
    void aNewOrderIsCountedOnceAndItsRetryNotAtAll() {
        var placeOrder = new PlaceOrder(world.inventory, new CountingIdempotencyStore(world.idempotency), new Fakes.Counter(),
                world.orders, world.workflow, Fakes.sequentialIds(), world.clock);
        var handler = new PlaceOrderHandler(placeOrder);
        ObjectNode event = load("place-order.json");

        List<JsonNode> first = StdoutCapture.jsonLines(() -> invoke(handler, event));
        List<JsonNode> retry = StdoutCapture.jsonLines(() -> invoke(handler, event));

        String orderId = onlyLog(first).path("orderId").asText();
        assertThat(orderId).isNotBlank();
        assertThat(onlyLog(first).path("requestId").asText()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        assertThat(onlyLog(first).path("message").asText()).isEqualTo("PlaceOrderHandler finished: 202");
        JsonNode placed = onlyMetrics(first);
        assertThat(metricNames(placed)).containsExactly("OrdersPlaced");
        assertThat(placed.path("orderId").asText()).isEqualTo(orderId);
        assertThat(retry).as("the retry prints its log line and no metric").hasSize(1);
        assertThat(onlyLog(retry).path("orderId").asText()).isEqualTo(orderId);
    }

    @Test
    void anInternalErrorIsOneErrorLineWithTheRequestIdAndTheExceptionButNoMetric() {
        IdempotencyStore broken = new IdempotencyStore() {
            @Override
            public java.util.Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void release(IdempotencyRecord record) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public java.util.Optional<IdempotencyRecord> find(String key) {
                throw new IllegalStateException("disk on fire");
            }
        };
        var handler = new PlaceOrderHandler(new PlaceOrder(world.inventory, broken, new Fakes.Counter(), world.orders,
                world.workflow, Fakes.sequentialIds(), world.clock));

        List<JsonNode> lines = StdoutCapture.jsonLines(() -> invoke(handler, load("place-order.json")));

        assertThat(lines).hasSize(2);
        JsonNode error = lines.get(0);
        assertThat(error.path("level").asText()).isEqualTo("ERROR");
        assertThat(error.path("message").asText()).isEqualTo("POST /place-order failed");
        assertThat(error.path("requestId").asText()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        assertThat(error.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.path("errorMessage").asText()).isEqualTo("disk on fire");
        assertThat(error.path("stackTrace").asText()).contains("TelemetryTest");
        assertThat(lines.get(1).path("message").asText()).isEqualTo("PlaceOrderHandler finished: 500");
    }

    @Test
    void anOrderRouteLogsItsPathIdButNeverAHugeOne() {
        var handler = new GetOrderHandler(new GetOrder(world.orders));
        ObjectNode event = load("get-order.json");
        String plain = event.path("pathParameters").path("id").asText();
        ((ObjectNode) event.path("pathParameters")).put("id", "x".repeat(5000));

        JsonNode hostile = onlyLog(StdoutCapture.jsonLines(() -> invoke(handler, event)));
        JsonNode normal = onlyLog(StdoutCapture.jsonLines(() -> invoke(handler, load("get-order.json"))));

        assertThat(normal.path("orderId").asText()).isEqualTo(plain);
        assertThat(hostile.path("orderId").asText()).hasSize(131).startsWith("xxx").endsWith("...");
    }

    @Test
    void everyInvocationIsASubsegmentAnnotatedWithTheOrderAndItsOutcome() {
        String rejected = world.place("tok_visa", World.line("p-tee", 1));
        world.inventory.with(world.inventory.level("p-tee").product(), 0);
        String completed = paidWithReceipt("tok_visa");

        List<JsonNode> sent = DaemonCapture.during(SAMPLED, () -> {
            assertThatThrownBy(() -> invoke(new ReserveStockTask(world.reserveStock),
                    Events.JSON.createObjectNode().put("orderId", rejected).put("executionArn", EXECUTION + rejected)))
                    .isInstanceOf(OrderRejectedException.class);
            invoke(new EmailReceiptTask(world.emailReceipt), Events.JSON.createObjectNode().put("orderId", completed));
        });

        assertThat(sent).extracting(d -> d.path("name").asText()).containsExactly("ReserveStockTask", "EmailReceiptTask");
        for (JsonNode subsegment : sent) {
            assertThat(subsegment.path("type").asText()).isEqualTo("subsegment");
            assertThat(subsegment.path("trace_id").asText()).isEqualTo(TRACE);
            assertThat(subsegment.path("parent_id").asText()).as("under the function's segment").isEqualTo("53995c3f42cd8ad8");
            assertThat(subsegment.path("id").asText()).matches("[0-9a-f]{16}");
            assertThat(subsegment.path("end_time").asDouble()).isGreaterThanOrEqualTo(subsegment.path("start_time").asDouble())
                    .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60.0));
        }
        JsonNode failed = sent.get(0);
        assertThat(failed.path("annotations").path("orderId").asText()).isEqualTo(rejected);
        assertThat(failed.path("annotations").path("outcome").asText()).isEqualTo("OrderRejectedException");
        assertThat(failed.path("annotations").path("executionArn").asText()).isEqualTo(EXECUTION + rejected);
        assertThat(failed.path("fault").asBoolean()).as("the exception is on the subsegment").isTrue();
        assertThat(failed.path("cause").path("exceptions").get(0).path("type").asText()).isEqualTo(OrderRejectedException.class.getName());
        JsonNode done = sent.get(1);
        assertThat(done.path("annotations").path("orderId").asText()).isEqualTo(completed);
        assertThat(done.path("annotations").path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(done.has("fault")).isFalse();
        assertThat(done.path("id").asText()).isNotEqualTo(failed.path("id").asText());
    }

    @Test
    void aRecordedTraceIsNamedOnTheLogAndMetricLinesAndAnUnrecordedOneIsNot() {
        String completed = paidWithReceipt("tok_visa");
        ObjectNode input = Events.JSON.createObjectNode().put("orderId", completed);
        List<List<JsonNode>> lines = new ArrayList<>();

        List<JsonNode> sent = DaemonCapture.during(SAMPLED, () -> lines.add(StdoutCapture.jsonLines(
                () -> invoke(new EmailReceiptTask(world.emailReceipt), input))));
        assertThat(onlyLog(lines.getLast()).path("traceId").asText()).isEqualTo(TRACE);
        assertThat(onlyMetrics(lines.getLast()).path("traceId").asText()).isEqualTo(TRACE);
        assertThat(sent).hasSize(1);

        // X-Ray's sampling left this one out: nothing to look up, so nothing named and nothing sent.
        List<JsonNode> unsampled = DaemonCapture.during("Root=" + TRACE + ";Parent=53995c3f42cd8ad8;Sampled=0",
                () -> lines.add(StdoutCapture.jsonLines(() -> invoke(new EmailReceiptTask(world.emailReceipt), input))));
        assertThat(onlyLog(lines.getLast()).has("traceId")).isFalse();
        assertThat(onlyMetrics(lines.getLast()).has("traceId")).isFalse();
        assertThat(unsampled).isEmpty();
    }

    @Test
    void aFailedTaskSaysWhyInItsFinishedLine() {
        String rejected = world.place("tok_visa", World.line("p-tee", 1));
        world.inventory.with(world.inventory.level("p-tee").product(), 0);

        List<JsonNode> lines = StdoutCapture.jsonLines(() -> assertThatThrownBy(() -> invoke(new ReserveStockTask(world.reserveStock),
                Events.JSON.createObjectNode().put("orderId", rejected).put("executionArn", EXECUTION + rejected)))
                .isInstanceOf(OrderRejectedException.class));

        JsonNode log = onlyLog(lines);
        assertThat(log.path("message").asText()).isEqualTo("ReserveStockTask finished: OrderRejectedException");
        assertThat(log.path("cause").asText()).startsWith("OrderRejectedException: [[OUT_OF_STOCK sku=TEE-RED");
    }

    @Test
    void withoutATraceHeaderNothingIsSentAndNothingComplains() {
        String id = paidWithReceipt("tok_visa");
        List<List<JsonNode>> lines = new ArrayList<>();
        // Nothing sets the header outside Lambda (as in the local cloud): no subsegment, no trace id, no warning.
        List<JsonNode> sent = DaemonCapture.during(null, () -> lines.add(StdoutCapture.jsonLines(() -> invoke(
                new EmailReceiptTask(world.emailReceipt), Events.JSON.createObjectNode().put("orderId", id)))));
        assertThat(sent).isEmpty();
        assertThat(lines.getFirst()).extracting(l -> l.path("level").asText("METRICS")).doesNotContain("ERROR", "WARN");
        assertThat(onlyLog(lines.getFirst()).has("traceId")).isFalse();
    }

    private String reserved(String token) {
        String id = world.place(token, World.line("p-mug", 1));
        world.validateOrder.execute(id);
        world.saveOrder.execute(id);
        world.reserveStock.execute(id);
        return id;
    }

    private String paidWithReceipt(String token) {
        String id = reserved(token);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        return id;
    }

    private static JsonNode onlyLog(List<JsonNode> lines) {
        List<JsonNode> logs = lines.stream().filter(l -> !l.has("_aws")).toList();
        assertThat(logs).hasSize(1);
        return logs.get(0);
    }

    private static JsonNode onlyMetrics(List<JsonNode> lines) {
        List<JsonNode> metrics = lines.stream().filter(l -> l.has("_aws")).toList();
        assertThat(metrics).hasSize(1);
        return metrics.get(0);
    }

    private static List<String> metricNames(JsonNode emf) {
        List<String> names = new ArrayList<>();
        emf.path("_aws").path("CloudWatchMetrics").forEach(d -> d.path("Metrics").forEach(m -> names.add(m.path("Name").asText())));
        return names;
    }
}
