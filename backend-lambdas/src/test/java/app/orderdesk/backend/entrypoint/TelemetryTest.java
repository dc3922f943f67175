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
import app.orderdesk.backend.observability.Telemetry;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.usecase.GetOrder;
import app.orderdesk.backend.usecase.PlaceOrder;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log line shape, the EMF metric lines and the X-Ray annotations, taken at the entry points. */
class TelemetryTest {

    private static final String EXECUTION = "arn:aws:states:us-east-1:111111111111:execution:OrderWorkflow:";

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
        IdempotencyStore broken = record -> {
            throw new IllegalStateException("disk on fire");
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

        Segment segment = traced(() -> {
            assertThatThrownBy(() -> invoke(new ReserveStockTask(world.reserveStock),
                    Events.JSON.createObjectNode().put("orderId", rejected).put("executionArn", EXECUTION + rejected)))
                    .isInstanceOf(OrderRejectedException.class);
            invoke(new EmailReceiptTask(world.emailReceipt), Events.JSON.createObjectNode().put("orderId", completed));
        });

        List<Subsegment> calls = segment.getSubsegments();
        assertThat(calls).extracting(Subsegment::getName).containsExactly("ReserveStockTask", "EmailReceiptTask");
        assertThat(strings(calls.get(0).getAnnotations())).containsEntry("orderId", rejected)
                .containsEntry("outcome", "OrderRejectedException").containsEntry("executionArn", EXECUTION + rejected);
        assertThat(calls.get(0).isFault() || calls.get(0).isError()).as("the exception is on the subsegment").isTrue();
        assertThat(strings(calls.get(1).getAnnotations())).containsEntry("orderId", completed).containsEntry("outcome", "COMPLETED");
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
    void withoutASegmentTracingIsSilentlySkipped() {
        String id = paidWithReceipt("tok_visa");
        // No segment is open (as in the local cloud): the call must neither fail nor complain.
        List<JsonNode> lines = StdoutCapture.jsonLines(() -> invoke(new EmailReceiptTask(world.emailReceipt),
                Events.JSON.createObjectNode().put("orderId", id)));
        assertThat(lines).extracting(l -> l.path("level").asText("METRICS")).doesNotContain("ERROR", "WARN");
    }

    private static Segment traced(Runnable code) {
        Telemetry.current(); // loads the production recorder first, so the test recorder below is the one in use
        AWSXRayRecorder previous = AWSXRay.getGlobalRecorder();
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().withEmitter(new Emitter() {
            @Override public boolean sendSegment(Segment segment) { return true; }
            @Override public boolean sendSubsegment(Subsegment subsegment) { return true; }
        }).build();
        AWSXRay.setGlobalRecorder(recorder);
        try {
            Segment segment = recorder.beginSegment("test");
            try {
                code.run();
            } finally {
                recorder.endSegment();
            }
            return segment;
        } finally {
            AWSXRay.setGlobalRecorder(previous);
        }
    }

    private static Map<String, String> strings(Map<String, Object> annotations) {
        Map<String, String> out = new HashMap<>();
        annotations.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
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
