package app.orderdesk.localcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Orders placed over HTTP against the whole local cloud: emulators, API front, handlers and workflow, no mocks. */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEED_STEPS = List.of("ValidateOrder", "SaveOrder", "ReserveStock", "ProcessPayment",
            "UpdateInventory", "SendNotification", "GenerateReceipt", "EmailReceipt");

    private static LocalCloud cloud;
    private static LocalCloudTestClients clients;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startLocalCloud() {
        long started = System.nanoTime();
        cloud = LocalCloud.shared();
        long waited = (System.nanoTime() - started) / 1_000_000;
        System.out.println("local-cloud ready in " + cloud.startupTime().toMillis() + " ms (this test waited " + waited + " ms; " + cloud.startupPhases() + ")");
        clients = new LocalCloudTestClients(cloud);
    }

    @Test
    void staffPlacesAnOrderThatCompletesWithReceiptEmailAndEvent() throws Exception {
        String customer = uniqueEmail();
        long espressoBefore = available("p-1001");
        long earlGreyBefore = available("p-1005");

        long started = System.nanoTime();
        HttpResponse<String> placed = placeOrder("staff", UUID.randomUUID().toString(),
                order(customer, "tok_visa", line("p-1001", 2), line("p-1005", 1)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(placed.body());
        String orderId = accepted.path("orderId").asText();
        String orderNumber = accepted.path("orderNumber").asText();
        assertThat(orderId).isNotBlank();
        assertThat(orderNumber).isNotBlank();

        DescribeExecutionResponse execution = awaitExecutionEnd(orderId);
        System.out.println("order end-to-end " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(execution.status()).as(execution.error() + " " + execution.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);

        Map<String, AttributeValue> order = orderItem(orderId);
        assertThat(order.get("status").s()).isEqualTo("COMPLETED");
        assertThat(available("p-1001")).isEqualTo(espressoBefore - 2);
        assertThat(available("p-1005")).isEqualTo(earlGreyBefore - 1);

        long totalCents = Long.parseLong(order.get("totalCents").n());
        assertThat(totalCents).isEqualTo(2 * 2490 + 690);
        String totalText = String.format("%d.%02d", totalCents / 100, totalCents % 100);
        byte[] pdf = clients.s3.getObjectAsBytes(r -> r.bucket(cloud.bucketName()).key("receipts/" + orderId + ".pdf")).asByteArray();
        String receiptText = pdfText(pdf);
        assertThat(receiptText).contains(orderNumber, "Espresso Beans Dark Roast 1 kg", "Earl Grey Loose Leaf 100 g", totalText);

        List<JsonNode> mails = await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(customer), m -> !m.isEmpty());
        assertThat(mails).hasSize(1);
        JsonNode attachment = mails.getFirst().path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).contains("pdf");
        assertThat(Base64.getMimeDecoder().decode(attachment.path("content").asText())).startsWith("%PDF".getBytes());

        // The workflow published its ORDER_PAID event: SendNotification's sns:Publish answered a MessageId.
        // (The topic's queue is now the live updates' queue, drained by the push notifier, so the message
        // itself is not waiting there for a test to read.)
        assertThat(publishedNotification(execution.executionArn())).contains("MessageId");

        JsonNode timeline = JSON.readTree(get("support", "/orders/" + orderId + "/timeline").body());
        List<String> stepNames = new ArrayList<>();
        timeline.path("steps").forEach(step -> stepNames.add(step.path("name").asText()));
        assertThat(stepNames.stream().filter(SEED_STEPS::contains).distinct().toList()).isEqualTo(SEED_STEPS);

        HttpResponse<String> receiptLink = get("support", "/orders/" + orderId + "/receipt");
        assertThat(receiptLink.statusCode()).as(receiptLink.body()).isEqualTo(200);
        String url = JSON.readTree(receiptLink.body()).path("url").asText();
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void theMailViewerTheBannerNamesShowsAPage() throws Exception {
        // The SES emulator serves its viewer from a file beside its code; the bundle (ADR 0056) copies it there.
        HttpResponse<String> viewer = HTTP.send(HttpRequest.newBuilder(cloud.sesEndpoint().resolve("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("<html");
    }

    @Test
    void declinedPaymentReleasesStockAndSendsNothing() throws Exception {
        String customer = uniqueEmail();
        long before = available("p-1002");

        HttpResponse<String> placed = placeOrder("staff", UUID.randomUUID().toString(), order(customer, "tok_chargeDeclined", line("p-1002", 3)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        awaitExecutionEnd(orderId);

        assertThat(orderItem(orderId).get("status").s()).isEqualTo("PAYMENT_DECLINED");
        assertThat(available("p-1002")).isEqualTo(before);
        assertThatThrownBy(() -> clients.s3.headObject(r -> r.bucket(cloud.bucketName()).key("receipts/" + orderId + ".pdf")))
                .isInstanceOfAny(NoSuchKeyException.class, S3Exception.class);
        assertThat(mailsTo(customer)).isEmpty();
    }

    /** issue 13 (h-y): the reason's code crosses the workflow and reaches the order, its timeline and the API. */
    @Test
    void aDeclinedCardGivesTheIssuersReasonCodeOnTheOrderAndItsTimeline() throws Exception {
        HttpResponse<String> placed = placeOrder("staff", UUID.randomUUID().toString(),
                order(uniqueEmail(), "tok_chargeDeclined", line("p-1002", 1)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        awaitExecutionEnd(orderId);

        Map<String, AttributeValue> item = orderItem(orderId);
        assertThat(item.get("statusReasonCode").m().get("code").s()).isEqualTo("PAYMENT_DECLINED_BY_ISSUER");
        JsonNode order = JSON.readTree(get("support", "/orders/" + orderId).body());
        assertThat(order.path("status").asText()).isEqualTo("PAYMENT_DECLINED");
        assertThat(order.path("statusReason").asText()).isEqualTo("Payment declined by the card issuer");
        assertThat(order.path("statusReasonCode").asText()).isEqualTo("PAYMENT_DECLINED_BY_ISSUER");
        JsonNode timeline = JSON.readTree(get("support", "/orders/" + orderId + "/timeline").body());
        List<JsonNode> failed = new ArrayList<>();
        timeline.path("steps").forEach(step -> {
            if ("FAILED".equals(step.path("status").asText())) {
                failed.add(step);
            }
        });
        System.out.println("declined order's failed steps: " + failed);
        assertThat(failed).isNotEmpty().allSatisfy(step -> {
            assertThat(step.path("causeCode").asText()).isEqualTo("PAYMENT_DECLINED_BY_ISSUER");
            assertThat(step.path("cause").asText()).isEqualTo("Payment declined by the card issuer");
        });
    }

    /** issue 13 (h-y): an out-of-stock rejection names its SKU and counts as values of its code. */
    @Test
    void anOutOfStockRejectionCarriesItsSkuAsAValueOfItsCode() throws Exception {
        long available = available("p-1009");
        HttpResponse<String> placed = placeOrder("managers", UUID.randomUUID().toString(),
                order(uniqueEmail(), "tok_visa", line("p-1009", available + 1)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        awaitExecutionEnd(orderId);

        JsonNode order = JSON.readTree(get("support", "/orders/" + orderId).body());
        assertThat(order.path("statusReasonCode").asText()).isEqualTo("OUT_OF_STOCK");
        assertThat(order.path("statusReasonParams").path("sku").asText()).isNotBlank();
        assertThat(order.path("statusReasonParams").path("requested").asText()).isEqualTo(Long.toString(available + 1));
        assertThat(order.path("statusReason").asText()).startsWith("Out of stock: ")
                .contains("SKU " + order.path("statusReasonParams").path("sku").asText());
    }

    @Test
    void orderForMoreThanIsInStockIsRejectedWithoutReservingAnything() throws Exception {
        String customer = uniqueEmail();
        long dripperBefore = available("p-1009");
        long mugBefore = available("p-1020");

        HttpResponse<String> placed = placeOrder("managers", UUID.randomUUID().toString(),
                order(customer, "tok_visa", line("p-1020", 1), line("p-1009", dripperBefore + 1)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        awaitExecutionEnd(orderId);

        Map<String, AttributeValue> order = orderItem(orderId);
        assertThat(order.get("status").s()).isEqualTo("REJECTED");
        assertThat(order.get("statusReason")).isNotNull();
        assertThat(order.get("statusReason").s()).isNotBlank();
        assertThat(available("p-1009")).isEqualTo(dripperBefore);
        assertThat(available("p-1020")).isEqualTo(mugBefore);
    }

    @Test
    void unknownProductIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = placeOrder("staff", UUID.randomUUID().toString(),
                order(uniqueEmail(), "tok_visa", line("p-does-not-exist", 1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        List<String> fields = new ArrayList<>();
        error.path("details").forEach(d -> fields.add(d.path("field").asText()));
        assertThat(fields).contains("lines[0].productId");
    }

    @Test
    void refusesMissingTokensAccessTokensAndTheWrongRole() throws Exception {
        String body = order(uniqueEmail(), "tok_visa", line("p-1023", 1)).toString();
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("code").asText()).isEqualTo("UNAUTHORIZED");

        String accessToken = clients.accessToken(cloud, cloud.demoUser("staff"));
        HttpResponse<String> withAccessToken = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/inventory"))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withAccessToken.statusCode()).isEqualTo(401);

        HttpResponse<String> support = placeOrder("support", UUID.randomUUID().toString(), JSON.readTree(body));
        assertThat(support.statusCode()).as(support.body()).isEqualTo(403);
    }

    @Test
    void sameIdempotencyKeyTwiceIsOneOrder() throws Exception {
        String customer = uniqueEmail();
        String key = UUID.randomUUID().toString();
        JsonNode body = order(customer, "tok_visa", line("p-1024", 1));

        HttpResponse<String> first = placeOrder("staff", key, body);
        HttpResponse<String> second = placeOrder("staff", key, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        String orderId = JSON.readTree(first.body()).path("orderId").asText();
        assertThat(JSON.readTree(second.body()).path("orderId").asText()).isEqualTo(orderId);
        awaitExecutionEnd(orderId);
        int orders = clients.dynamoDb.query(r -> r.tableName(cloud.tableName("OrdersTable")).indexName("CustomerEmailIndex")
                .keyConditionExpression("customerEmail = :e")
                .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(customer)))).count();
        assertThat(orders).isEqualTo(1);
    }

    // ---------- helpers ----------

    private static String uniqueEmail() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    private static ObjectNode line(String productId, long quantity) {
        return JSON.createObjectNode().put("productId", productId).put("quantity", quantity);
    }

    private static ObjectNode order(String email, String paymentToken, ObjectNode... lines) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("lines");
        for (ObjectNode line : lines) {
            array.add(line);
        }
        body.putObject("customer").put("email", email).put("name", "Ada Lovelace").put("phone", "+15555550100");
        body.put("paymentToken", paymentToken);
        return body;
    }

    private static HttpResponse<String> placeOrder(String role, String idempotencyKey, JsonNode body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                .header("Authorization", "Bearer " + clients.idToken(cloud, cloud.demoUser(role)))
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String role, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path))
                .header("Authorization", clients.idToken(cloud, cloud.demoUser(role))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static DescribeExecutionResponse awaitExecutionEnd(String orderId) {
        String executionArn = cloud.latestExecutionArn(orderId);
        AtomicReference<DescribeExecutionResponse> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).ignoreException(ExecutionDoesNotExistException.class)
                .until(() -> {
                    last.set(clients.sfn.describeExecution(r -> r.executionArn(executionArn)));
                    return last.get().status() != ExecutionStatus.RUNNING;
                });
        return last.get();
    }

    private static Map<String, AttributeValue> orderItem(String orderId) {
        return clients.dynamoDb.getItem(r -> r.tableName(cloud.tableName("OrdersTable")).consistentRead(true)
                .key(Map.of("orderId", AttributeValue.fromS(orderId)))).item();
    }

    private static long available(String productId) {
        return Long.parseLong(clients.dynamoDb.getItem(r -> r.tableName(cloud.tableName("InventoryTable")).consistentRead(true)
                .key(Map.of("productId", AttributeValue.fromS(productId)))).item().get("available").n());
    }

    private static List<JsonNode> mailsTo(String email) throws Exception {
        HttpResponse<String> store = HTTP.send(HttpRequest.newBuilder(cloud.sesEndpoint().resolve("/store")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<JsonNode> mails = new ArrayList<>();
        JSON.readTree(store.body()).path("emails").forEach(mail -> {
            if (mail.path("destination").path("to").toString().contains(email)) {
                mails.add(mail);
            }
        });
        return mails;
    }

    /** Reads the order-events queue until a message mentions the order; other tests' messages stay visible. */
    /** The output of the execution's SendNotification task (the SNS Publish answer), or "" when it never succeeded. */
    private static String publishedNotification(String executionArn) {
        var events = clients.sfn.getExecutionHistory(r -> r.executionArn(executionArn).maxResults(1000)).events();
        boolean inSendNotification = false;
        for (var event : events) {
            if (event.stateEnteredEventDetails() != null) {
                inSendNotification = "SendNotification".equals(event.stateEnteredEventDetails().name());
            }
            if (inSendNotification && event.taskSucceededEventDetails() != null) {
                return event.taskSucceededEventDetails().output();
            }
        }
        return "";
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
