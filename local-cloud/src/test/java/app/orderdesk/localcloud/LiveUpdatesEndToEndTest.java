package app.orderdesk.localcloud;

import app.orderdesk.localcloud.emulators.RepositoryLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Live updates end to end: two desks (staff, manager) connect to the local WebSocket API with real
 * Cognito ID tokens and subscribe to every order and every stock change (the dashboard's topics); an
 * order placed and a stock adjustment made through the REST API reach both by push (the function that wrote
 * the change posts it to {@code @connections} itself, ADR 0052); a bad token is refused at the upgrade; a connection that is
 * gone is forgotten with its subscriptions. Routing by subscription is in {@code PushSubscriptionsEndToEndTest}.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class LiveUpdatesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> HAPPY_PATH = List.of("RECEIVED", "RESERVED", "PAID", "FULFILLED", "RECEIPT_READY", "COMPLETED");

    private static LocalCloud cloud;
    private static LocalCloudTestClients clients;
    private static PushDesk staffDesk;
    private static PushDesk managerDesk;

    @BeforeAll
    static void connectTwoDesks() throws Exception {
        cloud = LocalCloud.shared();
        clients = new LocalCloudTestClients(cloud);
        warmUp("PushConnectFunction", "{\"requestContext\":{\"connectionId\":\"warm-up\"}}");
        staffDesk = PushDesk.connect(cloud.pushUrl(), clients.idToken(cloud, cloud.demoUser("staff")));
        managerDesk = PushDesk.connect(cloud.pushUrl(), clients.idToken(cloud, cloud.demoUser("managers")));
        staffDesk.subscribe(List.of(), List.of("orders", "stock"));
        managerDesk.subscribe(List.of(), List.of("orders", "stock"));
    }

    @AfterAll
    static void disconnect() {
        staffDesk.close();
        managerDesk.close();
    }

    @Test
    void bothDesksSeeEveryStatusOfTheOrderInOrderAndTheStockItTook() throws Exception {
        HttpResponse<String> placed = placeOrder(uniqueEmail(), "p-1003", 1);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();

        for (PushDesk desk : List.of(staffDesk, managerDesk)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> desk.statusesOf(orderId).contains("COMPLETED"));
            assertThat(desk.statusesOf(orderId)).as("statuses pushed for " + orderId).containsExactlyElementsOf(HAPPY_PATH);
            assertThat(desk.about("STOCK", "productId", "p-1003")).as("the sale's stock change").isNotEmpty();
        }
    }

    @Test
    void aManagersAdjustmentReachesBothDesks() throws Exception {
        String product = "p-1007";
        int before = managerDesk.about("STOCK", "productId", product).size();
        HttpResponse<String> adjusted = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/inventory/" + product + "/adjustments"))
                .header("Authorization", clients.idToken(cloud, cloud.demoUser("managers")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"delta\":1,\"reason\":\"RECEIVED\",\"note\":\"live updates test\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> managerDesk.about("STOCK", "productId", product).size() > before);
        await().atMost(Duration.ofSeconds(30)).until(() -> !staffDesk.about("STOCK", "productId", product).isEmpty());
    }

    @Test
    void aRefundReachesBothDesksWithTheStockItPutBack() throws Exception {
        String product = "p-1005";
        HttpResponse<String> placed = placeOrder(uniqueEmail(), product, 1);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> managerDesk.statusesOf(orderId).contains("COMPLETED"));
        int stockChangesBefore = staffDesk.about("STOCK", "productId", product).size();

        HttpResponse<String> refunded = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/orders/" + orderId + "/refunds"))
                .header("Authorization", clients.idToken(cloud, cloud.demoUser("managers")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"full\":true,\"restock\":true,\"reason\":\"OTHER\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(201);

        // The refund function pushes what it writes like every other writer: it needs the push grants in its own
        // policy (it once lacked its grant, and the denied call was only a WARN in its log).
        for (PushDesk desk : List.of(staffDesk, managerDesk)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> desk.statusesOf(orderId).contains("REFUNDED"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> staffDesk.about("STOCK", "productId", product).size() > stockChangesBefore);
    }

    @Test
    void aConnectionWithoutAValidIdTokenIsRefusedAtTheUpgrade() throws Exception {
        String real = clients.idToken(cloud, cloud.demoUser("staff"));
        SignedJWT parsed = SignedJWT.parse(real);
        RSAKey cognitoKey = cognitoLocalKey();
        long now = System.currentTimeMillis();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("not a token", "not-a-jwt");
        refused.put("expired", resign(cognitoKey, parsed, c -> c.expirationTime(new Date(now - 60_000)).issueTime(new Date(now - 3_700_000))));
        refused.put("wrong audience", resign(cognitoKey, parsed, c -> c.audience("another-client-id")));
        refused.put("wrong issuer", resign(cognitoKey, parsed, c -> c.issuer("http://127.0.0.1:1/us-east-1_Other")));
        refused.put("access token", clients.accessToken(cloud, cloud.demoUser("staff")));

        refused.forEach((what, token) -> assertThatThrownBy(() -> PushDesk.connect(cloud.pushUrl(), token))
                .as(what).isInstanceOf(ExecutionException.class).cause().isInstanceOf(WebSocketHandshakeException.class));

        // positive control: the same claims re-signed with the emulator's key are accepted, so each refusal is the token's doing
        try (PushDesk control = PushDesk.connect(cloud.pushUrl(), resign(cognitoKey, parsed, c -> c))) {
            assertThat(control).isNotNull();
        }
    }

    @Test
    void theNotifierForgetsAConnectionThatIsGone() throws Exception {
        String table = cloud.tableName("PushConnectionsTable");
        String goneId = "gone-" + UUID.randomUUID();
        clients.dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
                "connectionId", AttributeValue.fromS(goneId),
                "userId", AttributeValue.fromS("a-desk-that-crashed"),
                "connectedAt", AttributeValue.fromS(Instant.now().toString()),
                "expiresAt", AttributeValue.fromN(Long.toString(Instant.now().plusSeconds(3600).getEpochSecond())),
                "topics", AttributeValue.fromSs(List.of("orders")))));
        // subscribed to every order, as a dashboard that crashed would be
        String subscriptions = cloud.tableName("PushSubscriptionsTable");
        clients.dynamoDb.updateItem(r -> r.tableName(subscriptions).key(Map.of("topic", AttributeValue.fromS("orders")))
                .updateExpression("ADD connectionIds :c SET expiresAt = :e")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of(goneId)),
                        ":e", AttributeValue.fromN(Long.toString(Instant.now().plusSeconds(3600).getEpochSecond())))));

        // the management endpoint answers a post to it as API Gateway does: 410 GoneException
        try (ApiGatewayManagementApiClient management = ApiGatewayManagementApiClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(URI.create(cloud.pushConnectionsUrl())).httpClient(clients.http).build()) {
            assertThatThrownBy(() -> management.postToConnection(r -> r.connectionId(goneId)
                    .data(software.amazon.awssdk.core.SdkBytes.fromUtf8String("{}")))).isInstanceOf(GoneException.class);
        }

        HttpResponse<String> placed = placeOrder(uniqueEmail(), "p-1002", 1);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();

        await().atMost(Duration.ofSeconds(60)).until(() -> !clients.dynamoDb.getItem(r -> r.tableName(table)
                .key(Map.of("connectionId", AttributeValue.fromS(goneId))).consistentRead(true)).hasItem());
        // and it left the topic it was subscribed to
        await().atMost(Duration.ofSeconds(60)).until(() -> !clients.dynamoDb.getItem(r -> r.tableName(subscriptions)
                .key(Map.of("topic", AttributeValue.fromS("orders"))).consistentRead(true)).item()
                .getOrDefault("connectionIds", AttributeValue.fromSs(List.of())).ss().contains(goneId));
        // and the desks still connected kept receiving
        await().atMost(Duration.ofSeconds(60)).until(() -> staffDesk.statusesOf(orderId).contains("COMPLETED"));
    }

    // ---------- helpers ----------

    /**
     * A cold local cloud still builds every function in the background; on this shared 2-core machine a
     * first call can exceed the function's 20 s timeout. Wait until the function answers at all, so the
     * test measures push, not cold starts (a refused warm-up connect answers 401, which is an answer).
     */
    private static void warmUp(String function, String event) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> cloud.invoke(function, event) instanceof app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse.Success);
    }

    private static HttpResponse<String> placeOrder(String email, String productId, int quantity) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("lines").addObject().put("productId", productId).put("quantity", quantity);
        body.putObject("customer").put("email", email).put("name", "Grace Hopper").put("phone", "+15555550100");
        body.put("paymentToken", "tok_visa");
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                .header("Authorization", "Bearer " + clients.idToken(cloud, cloud.demoUser("staff")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uniqueEmail() {
        return "push-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    static RSAKey cognitoLocalKey() throws Exception {
        JsonNode file = JSON.readTree(RepositoryLayout.locate().emulatorsDir()
                .resolve("node_modules/cognito-local/lib/keys/cognitoLocal.private.json").toFile());
        return RSAKey.parse(file.path("jwk").toString());
    }

    private static String resign(RSAKey key, SignedJWT original, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder(original.getJWTClaimsSet())).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("CognitoLocal").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
