package app.orderdesk.localcloud.lambda;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.aws.AwsClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment artifact, alone, runs: a fresh JVM whose class path is only the artifact (as Lambda
 * unpacks it) and whose environment is only the function's (template + Lambda runtime + endpoint
 * overrides, nothing inherited) invokes an API handler and a workflow task through their real entry
 * points against the local cloud's emulators.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class DeploymentArtifactTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DRIVER = Path.of("src/test/resources/artifact-driver/ArtifactDriver.java").toAbsolutePath();
    private static LocalCloud cloud;

    @BeforeAll
    static void start() {
        cloud = LocalCloud.shared();
    }

    @Test
    void anApiHandlerListsTheInventoryFromTheArtifactAlone() throws Exception {
        String event = """
                {"resource":"/inventory","path":"/inventory","httpMethod":"GET","headers":{"Accept":"application/json"},
                 "queryStringParameters":{"limit":"50"},"pathParameters":null,
                 "requestContext":{"requestId":"artifact-test","authorizer":{"claims":{"sub":"u-1","email":"staff@orderdesk.test",
                 "cognito:username":"u-1","cognito:groups":"staff"}}},"body":null,"isBase64Encoded":false}""";
        JsonNode response = JSON.readTree(run("ListInventoryFunction", "app.orderdesk.backend.entrypoint.api.ListInventoryHandler", event));
        assertThat(response.path("statusCode").asInt()).as(response.toString()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.path("body").asText());
        assertThat(body.toString()).contains("\"p-1001\"");
    }

    @Test
    void aWorkflowTaskValidatesAStoredOrderFromTheArtifactAlone() throws Exception {
        String orderId = storeOrder();
        JsonNode result = JSON.readTree(run("ValidateOrderFunction", "app.orderdesk.backend.entrypoint.workflow.ValidateOrderTask",
                "{\"orderId\":\"" + orderId + "\"}"));
        assertThat(result.path("orderId").asText()).isEqualTo(orderId);
        assertThat(result.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(result.path("totalCents").asLong()).isEqualTo(2 * 1299);
    }

    /** Runs the handler in a fresh JVM: class path = the unpacked artifact, environment = the function's only. */
    private static String run(String function, String handlerClass, String event) throws Exception {
        LambdaArtifact artifact = cloud.lambdaArtifact();
        Path eventFile = Files.createTempFile("event-", ".json");
        Files.writeString(eventFile, event);
        Path responseFile = Files.createTempFile("response-", ".json");
        String classPath = artifact.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, DRIVER.toString(), handlerClass, eventFile.toString(), responseFile.toString());
        java.environment().clear();
        java.environment().putAll(cloud.functionEnvironment(function));
        java.environment().remove("JAVA_TOOL_OPTIONS"); // the JVM would echo it on stderr; it tunes the JIT only
        Path stderr = Files.createTempFile("artifact-", ".err");
        java.redirectError(stderr.toFile());
        long started = System.nanoTime();
        Process process = java.start();
        String logs = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the driver JVM ended").isTrue();
        String errors = Files.readString(stderr);
        assertThat(process.exitValue()).as(errors + logs).isZero();
        assertThat(errors).as("the handler class comes from the artifact").contains("handler loaded from file:"
                + artifact.classPath().get(artifact.classPath().size() - 1));
        System.out.println("artifact: " + function + " from " + artifact.file().getFileName() + " in a fresh JVM: "
                + (System.nanoTime() - started) / 1_000_000 + " ms (JVM start, compiling the driver, init, one call)");
        Files.deleteIfExists(eventFile);
        Files.deleteIfExists(stderr);
        String response = Files.readString(responseFile);
        Files.deleteIfExists(responseFile);
        return response;
    }

    private static String storeOrder() throws IOException {
        String orderId = UUID.randomUUID().toString();
        var product = new Product("p-1001", "P-1001", "Artifact Test Espresso", Money.ofCents(1299, Money.USD), 0);
        Order order = Order.place(orderId, OrderNumber.format(800_000 + (long) (Math.random() * 99_999)),
                new Customer("artifact@example.test", "Artifact Tester", "+15555550100"), List.of(OrderLine.of(product, 2)),
                UUID.randomUUID().toString(), "tok_visa", Instant.now());
        try (DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(AwsClients.REGION)
                .credentialsProvider(AwsClients.CREDENTIALS).endpointOverride(cloud.dynamoDbEndpoint()).build()) {
            assertThat(new DynamoDbOrderRepository(dynamo, cloud.tableName("OrdersTable")).create(order)).isTrue();
        }
        return orderId;
    }
}
