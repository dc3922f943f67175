package app.orderdesk.localcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the functions print while the local cloud runs an order: the JSON log lines (one shape from
 * the API handler to the last task, each with the order id and the request id or execution ARN) and
 * the embedded-metric-format lines CloudWatch would turn into the OrderDesk metrics.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ObservabilityEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> TASK_FUNCTIONS = List.of("ValidateOrderFunction", "SaveOrderFunction",
            "ReserveStockFunction", "ProcessPaymentFunction", "UpdateInventoryFunction", "GenerateReceiptFunction",
            "EmailReceiptFunction");

    private static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();
    private static PrintStream originalOut;
    private static LocalCloud cloud;
    private static LocalCloudTestClients clients;

    @BeforeAll
    static void captureStdoutAndStart() {
        // Every function of the local cloud prints to this JVM's stdout, as a Lambda function prints to its log stream.
        originalOut = System.out;
        System.setOut(new PrintStream(new Tee(originalOut, PRINTED), true, StandardCharsets.UTF_8));
        cloud = LocalCloud.shared();
        clients = new LocalCloudTestClients(cloud);
        // Often the JVM's first test on the shared cloud: its first order otherwise builds each function inside the
        // step's timeout while the preload builds the other functions (over 60 s for the first order at a load of 12).
        cloud.buildHandlers(OrderPathFunctions.ofTheRealTemplate());
    }

    @AfterAll
    static void restoreStdout() {
        System.setOut(originalOut);
    }

    @Test
    void aCompletedOrderLogsEveryStepWithItsKeysAndCountsOnePlacedAndOneCompletedOrder() throws Exception {
        String orderId = place("tok_visa");
        String executionArn = executionArn(orderId);
        awaitExecution(executionArn, ExecutionStatus.SUCCEEDED);

        JsonNode completed = awaitMetric("OrdersCompleted", orderId);
        assertThat(completed.path("OrdersCompleted").asDouble()).isEqualTo(1.0);
        assertThat(completed.path("executionArn").asText()).isEqualTo(executionArn);
        assertThat(completed.path("function").asText()).isEqualTo("EmailReceiptFunction");
        assertThat(completed.path("OrderLatency").isNumber()).as("latency from workflow start to COMPLETED").isTrue();
        JsonNode directive = completed.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(directive.path("Namespace").asText()).isEqualTo("OrderDesk");
        assertThat(directive.path("Dimensions").toString()).isEqualTo("[[]]");
        assertThat(metricLines(orderId, "OrdersCompleted")).hasSize(1);

        JsonNode placed = awaitMetric("OrdersPlaced", orderId);
        assertThat(placed.path("OrdersPlaced").asDouble()).isEqualTo(1.0);
        assertThat(placed.path("function").asText()).isEqualTo("PlaceOrderFunction");
        assertThat(metricLines(orderId, "OrdersPlaced")).hasSize(1);
        assertThat(metricLines(orderId, "OrdersFailed")).isEmpty();

        List<JsonNode> logs = logLines(orderId);
        Set<String> functions = new TreeSet<>();
        for (JsonNode line : logs) {
            functions.add(line.path("function").asText());
            assertThat(line.path("timestamp").asText()).as(line.toString()).isNotBlank();
            assertThat(line.path("level").asText()).as(line.toString()).isEqualTo("INFO");
            assertThat(line.path("message").asText()).as(line.toString()).isNotBlank();
            if (line.path("function").asText().equals("PlaceOrderFunction")) {
                assertThat(line.path("requestId").asText()).as("API Gateway's request id").isNotBlank();
            } else {
                assertThat(line.path("executionArn").asText()).as(line.toString()).isEqualTo(executionArn);
            }
        }
        assertThat(functions).contains("PlaceOrderFunction").containsAll(TASK_FUNCTIONS);
    }

    @Test
    void aDeclinedPaymentCountsOneDeclinedOrderAndNoCompletedOne() throws Exception {
        String orderId = place("tok_chargeDeclined");
        awaitExecution(executionArn(orderId), ExecutionStatus.SUCCEEDED);

        JsonNode declined = awaitMetric("OrdersDeclined", orderId);
        assertThat(declined.path("OrdersDeclined").asDouble()).isEqualTo(1.0);
        assertThat(declined.path("Compensations").asDouble()).isEqualTo(1.0);
        assertThat(declined.path("function").asText()).isEqualTo("ReleaseStockFunction");
        assertThat(metricLines(orderId, "OrdersCompleted")).isEmpty();
        assertThat(logLines(orderId)).extracting(l -> l.path("function").asText()).contains("ReleaseStockFunction");
    }

    // ---------- helpers ----------

    private static String place(String paymentToken) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("lines").addObject().put("productId", "p-1010").put("quantity", 1);
        body.putObject("customer").put("email", "obs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test")
                .put("name", "Ada Lovelace").put("phone", "+15555550100");
        body.put("paymentToken", paymentToken);
        HttpResponse<String> placed = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                .header("Authorization", "Bearer " + clients.idToken(cloud, cloud.demoUser("staff")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        return JSON.readTree(placed.body()).path("orderId").asText();
    }

    private static String executionArn(String orderId) {
        return cloud.latestExecutionArn(orderId);
    }

    private static void awaitExecution(String executionArn, ExecutionStatus expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).ignoreException(ExecutionDoesNotExistException.class)
                .until(() -> clients.sfn.describeExecution(r -> r.executionArn(executionArn)).status() != ExecutionStatus.RUNNING);
        assertThat(clients.sfn.describeExecution(r -> r.executionArn(executionArn)).status()).isEqualTo(expected);
    }

    private static JsonNode awaitMetric(String metric, String orderId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> metricLines(orderId, metric), lines -> !lines.isEmpty()).getFirst();
    }

    /** EMF lines (they carry {@code _aws}) of this order that define {@code metric}. */
    private static List<JsonNode> metricLines(String orderId, String metric) {
        return printedJson().stream()
                .filter(line -> line.has("_aws") && orderId.equals(line.path("orderId").asText()))
                .filter(line -> {
                    for (JsonNode directive : line.path("_aws").path("CloudWatchMetrics")) {
                        for (JsonNode definition : directive.path("Metrics")) {
                            if (definition.path("Name").asText().equals(metric)) {
                                return true;
                            }
                        }
                    }
                    return false;
                }).toList();
    }

    /** The log lines (not EMF) that name this order. */
    private static List<JsonNode> logLines(String orderId) {
        return printedJson().stream().filter(line -> !line.has("_aws") && orderId.equals(line.path("orderId").asText())).toList();
    }

    private static List<JsonNode> printedJson() {
        String text;
        synchronized (PRINTED) {
            text = PRINTED.toString(StandardCharsets.UTF_8);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("{")) {
                continue; // other tests' and the local cloud's own plain-text output
            }
            try {
                lines.add(JSON.readTree(line));
            } catch (java.io.IOException incompleteLastLine) {
                // a line still being written
            }
        }
        return lines;
    }

    /** Writes to the real stdout and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream echo;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream echo, ByteArrayOutputStream copy) {
            this.echo = echo;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
            }
            try {
                echo.write(b);
            } catch (java.io.IOException ignored) {
                // the capture matters, the echo is a courtesy
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (copy) {
                copy.write(b, off, len);
            }
            try {
                echo.write(b, off, len);
            } catch (java.io.IOException ignored) {
                // the capture matters, the echo is a courtesy
            }
        }
    }
}
