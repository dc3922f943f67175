package app.orderdesk.localcloud.reliability;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.emulators.EmulatorProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the reliability tests share: the one local cloud of this JVM, SDK clients an outside caller
 * would use, signed-in users, HTTP helpers that behave like a careful client (429/503 are retried
 * with the same Idempotency-Key), and readers for orders, stock, executions, receipts and mail.
 */
final class Reliability {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> PAID_OR_BEYOND = Set.of("PAID", "FULFILLED", "RECEIPT_READY", "COMPLETED");
    static final Set<String> FINAL = Set.of("COMPLETED", "REJECTED", "PAYMENT_DECLINED", "FAILED", "CANCELLED");

    private static Reliability instance;

    final LocalCloud cloud;
    final SdkHttpClient sdkHttp = UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(10)).build();
    final CognitoIdentityProviderClient cognito;
    final DynamoDbClient dynamoDb;
    final S3Client s3;
    final SqsClient sqs;
    final SfnClient sfn;
    /** Several HTTP clients, as several desktop apps would be. */
    final List<HttpClient> http = List.of(newHttp(), newHttp(), newHttp(), newHttp());
    private final Map<String, AuthenticationResultType> signIns = new ConcurrentHashMap<>();

    private Reliability(LocalCloud cloud) {
        this.cloud = cloud;
        var any = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        cognito = CognitoIdentityProviderClient.builder().httpClient(sdkHttp).region(Region.US_EAST_1)
                .credentialsProvider(any).endpointOverride(cloud.cognitoEndpoint()).build();
        dynamoDb = DynamoDbClient.builder().httpClient(sdkHttp).region(Region.US_EAST_1)
                .credentialsProvider(any).endpointOverride(cloud.dynamoDbEndpoint()).build();
        s3 = S3Client.builder().httpClient(sdkHttp).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        EmulatorProcess.ACCESS_KEY_ID, EmulatorProcess.SECRET_ACCESS_KEY)))
                .endpointOverride(cloud.s3Endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
        sqs = SqsClient.builder().httpClient(sdkHttp).region(Region.US_EAST_1)
                .credentialsProvider(any).endpointOverride(cloud.sqsEndpoint()).build();
        sfn = SfnClient.builder().httpClient(sdkHttp).region(Region.US_EAST_1)
                .credentialsProvider(any).endpointOverride(cloud.stepFunctionsEndpoint())
                // The order workflow is EXPRESS: tests read its executions as AWS's log would show them.
                .overrideConfiguration(o -> o.putHeader(app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog.HEADER,
                        app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog.HEADER_VALUE)).build();
    }

    static synchronized Reliability get() {
        if (instance == null) {
            instance = new Reliability(LocalCloud.shared());
        }
        return instance;
    }

    private static HttpClient newHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    // ---------- users ----------

    AuthenticationResultType signIn(String role) {
        return signIns.computeIfAbsent(role, r -> {
            var user = cloud.demoUser(r);
            return cognito.initiateAuth(q -> q.clientId(cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", user.username(), "PASSWORD", user.password()))).authenticationResult();
        });
    }

    String idToken(String role) {
        return signIn(role).idToken();
    }

    // ---------- HTTP ----------

    record Reply(int status, String body, Map<String, List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** One request as sent; {@code authorization} null = no header. */
    Reply send(int client, String method, String path, String authorization, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = http.get(Math.floorMod(client, http.size())).send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like a careful client: a 429 (throttled) or 503 is sent again, same request, after a short pause. */
    Reply sendRetrying(int client, String method, String path, String authorization, Map<String, String> headers, byte[] body) {
        Reply reply = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            reply = send(client, method, path, authorization, headers, body);
            if (reply.status() != 429 && reply.status() != 503) {
                return reply;
            }
            sleep(100 + 50L * attempt);
        }
        return reply;
    }

    Reply placeOrder(int client, String role, String idempotencyKey, JsonNode body) {
        return sendRetrying(client, "POST", "/place-order", "Bearer " + idToken(role),
                Map.of("Idempotency-Key", idempotencyKey, "Content-Type", "application/json"), body.toString().getBytes());
    }

    /**
     * Places one order as staff with {@code paymentToken} and waits until it is COMPLETED; a step that gave up on a loaded
     * machine is retried, as support would. The payment-on-delivery tests start from such an order.
     */
    String completedOrder(String emailPrefix, String paymentToken, ObjectNode... lines) {
        Reply placed = placeOrder(0, "staff", java.util.UUID.randomUUID().toString(),
                order(uniqueEmail(emailPrefix), "Delivery Customer", paymentToken, lines));
        org.assertj.core.api.Assertions.assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String orderId = placed.json().path("orderId").asText();
        awaitExecutions(List.of(orderId), java.time.Duration.ofSeconds(60));
        retryHeldOrders(List.of(orderId), 3);
        org.assertj.core.api.Assertions.assertThat(attr(orderItem(orderId), "status")).isEqualTo("COMPLETED");
        return orderId;
    }

    Reply getAs(String role, String path) {
        return sendRetrying(0, "GET", path, idToken(role), Map.of(), null);
    }

    static ObjectNode line(String productId, long quantity) {
        return JSON.createObjectNode().put("productId", productId).put("quantity", quantity);
    }

    static ObjectNode order(String email, String name, String paymentToken, ObjectNode... lines) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("lines");
        for (ObjectNode line : lines) {
            array.add(line);
        }
        body.putObject("customer").put("email", email).put("name", name).put("phone", "+15555550100");
        body.put("paymentToken", paymentToken);
        return body;
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    // ---------- data ----------

    /** A new product with its own id, so no other test touches its stock. */
    String seedProduct(String prefix, String name, long priceCents, long available) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoDbInventoryRepository(dynamoDb, cloud.tableName("InventoryTable"))
                .upsertProduct(new Product(id, id.toUpperCase(), name, Money.ofCents(priceCents, Money.USD), 0), available);
        return id;
    }

    /** h-p: a product of a tax category (the store's rate for it applies). */
    String seedProduct(String prefix, String name, long priceCents, long available, String category) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoDbInventoryRepository(dynamoDb, cloud.tableName("InventoryTable"))
                .upsertProduct(new Product(id, id.toUpperCase(), name, Money.ofCents(priceCents, Money.USD), 0, category), available);
        return id;
    }

    Map<String, AttributeValue> inventoryItem(String productId) {
        return dynamoDb.getItem(r -> r.tableName(cloud.tableName("InventoryTable")).consistentRead(true)
                .key(Map.of("productId", AttributeValue.fromS(productId)))).item();
    }

    long available(String productId) {
        return Long.parseLong(inventoryItem(productId).get("available").n());
    }

    Map<String, AttributeValue> reservations(String productId) {
        AttributeValue map = inventoryItem(productId).get("reservations");
        return map == null || !map.hasM() ? Map.of() : map.m();
    }

    /** The order-number counter's value: the last number any order took (ADR 0066: a repeat takes none). */
    long orderNumberCounter() {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(cloud.tableName("IdempotencyTable")).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("counter#order-number")))).item();
        return item == null || !item.containsKey("counterValue") ? 0 : Long.parseLong(item.get("counterValue").n());
    }

    Map<String, AttributeValue> orderItem(String orderId) {
        return dynamoDb.getItem(r -> r.tableName(cloud.tableName("OrdersTable")).consistentRead(true)
                .key(Map.of("orderId", AttributeValue.fromS(orderId)))).item();
    }

    /** The order's timeline as the functions store it, read by the same adapter (its item form is the adapter's business: ADR 0054). */
    List<WorkflowStep> timeline(String orderId) {
        return new DynamoDbOrderRepository(dynamoDb, cloud.tableName("OrdersTable"))
                .findTimeline(orderId).map(OrderRepository.StoredTimeline::steps).orElse(List.of());
    }

    static String attr(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s() != null ? value.s() : value.n();
    }

    List<Map<String, AttributeValue>> ordersOf(String email) {
        return dynamoDb.query(r -> r.tableName(cloud.tableName("OrdersTable")).indexName("CustomerEmailIndex")
                .keyConditionExpression("customerEmail = :e")
                .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(email.toLowerCase())))).items();
    }

    int movements(String productId) {
        return dynamoDb.query(r -> r.tableName(cloud.tableName("StockMovementsTable")).consistentRead(true)
                .keyConditionExpression("productId = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(productId)))).count();
    }

    List<S3Object> s3Objects(String prefix) {
        List<S3Object> objects = new ArrayList<>();
        s3.listObjectsV2Paginator(r -> r.bucket(cloud.bucketName()).prefix(prefix)).contents().forEach(objects::add);
        return objects;
    }

    List<JsonNode> mails() {
        try {
            HttpResponse<String> store = http.getFirst().send(HttpRequest.newBuilder(cloud.sesEndpoint().resolve("/store")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            List<JsonNode> mails = new ArrayList<>();
            JSON.readTree(store.body()).path("emails").forEach(mails::add);
            return mails;
        } catch (IOException e) {
            throw new IllegalStateException("SES store: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<JsonNode> mailsTo(String email) {
        return mails().stream().filter(m -> m.path("destination").path("to").toString().toLowerCase().contains(email.toLowerCase())).toList();
    }

    // ---------- executions ----------

    /** The order's newest execution (its first, or its latest retry); null before one started. */
    String executionArn(String orderId) {
        return cloud.latestExecutionArn(orderId);
    }

    /** Polls every execution until none is RUNNING (or the deadline passes); returns the last description of each. */
    Map<String, DescribeExecutionResponse> awaitExecutions(Collection<String> orderIds, Duration atMost) {
        Map<String, DescribeExecutionResponse> done = new ConcurrentHashMap<>();
        try {
            Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        for (String orderId : orderIds) {
                            if (!done.containsKey(orderId)) {
                                String arn = executionArn(orderId);
                                if (arn == null) {
                                    continue; // not started yet
                                }
                                try {
                                    var d = sfn.describeExecution(r -> r.executionArn(arn));
                                    if (d.status() != ExecutionStatus.RUNNING) {
                                        done.put(orderId, d);
                                    }
                                } catch (ExecutionDoesNotExistException notYet) {
                                    // not started yet
                                }
                            }
                        }
                        return done.size() >= orderIds.size();
                    });
        } catch (ConditionTimeoutException stillRunning) {
            // the caller's assertions name what did not end in time
        }
        return done;
    }

    /**
     * What support does with orders a step gave up on (ADR 0013): every order of {@code orderIds} held for a
     * retry (its item has {@code retryHold}) is retried from the failed step through the API, as support,
     * and awaited; repeated while some are held again (at most {@code rounds} times). Returns the retried ids.
     */
    List<String> retryHeldOrders(Collection<String> orderIds, int rounds) {
        List<String> retried = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<String> held = orderIds.stream().filter(id -> orderItem(id).containsKey("retryHold")).toList();
            if (held.isEmpty()) {
                break;
            }
            for (String id : held) {
                Reply reply = sendRetrying(0, "POST", "/orders/" + id + "/redrive", idToken("support"), Map.of(), null);
                if (reply.status() != 202) {
                    throw new IllegalStateException("retrying held order " + id + " answered " + reply.status() + ": " + reply.body());
                }
                retried.add(id);
            }
            awaitExecutions(held, Duration.ofSeconds(90));
        }
        return retried;
    }

    /**
     * The events of every execution of the order, oldest first: its run (a repeated start may have run it twice,
     * EXPRESS being at least once) and each retry of a hold — what one Standard execution with its redrives held.
     */
    List<HistoryEvent> history(String orderId) {
        List<HistoryEvent> events = new ArrayList<>();
        for (String arn : cloud.executionArns(orderId)) {
            sfn.getExecutionHistoryPaginator(r -> r.executionArn(arn).maxResults(1000)).events().forEach(events::add);
        }
        return events;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
