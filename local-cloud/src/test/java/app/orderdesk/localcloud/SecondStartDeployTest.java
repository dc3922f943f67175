package app.orderdesk.localcloud;

import app.orderdesk.localcloud.deploy.DeployStamp;
import app.orderdesk.localcloud.deploy.SamTemplate;
import app.orderdesk.localcloud.deploy.TemplateCopies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A second start on the same data folder reuses the last complete deploy (its stamp: template, artifact, data
 * identity) after one list call per emulator, and still takes a real order; a changed template, a table deleted
 * in between or a deploy that stopped half way make the next start deploy in full. Real emulators, free ports,
 * a data folder of this test's own that outlives each cloud.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class SecondStartDeployTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The data folder of one complete first start of the real template, made once: every test starts from a copy
     * of it (emulator files and stamp, copied while no cloud runs), as the same machine's next start would find it.
     * Each test started that same first cloud itself before; two full starts less, with every assertion kept.
     */
    @TempDir
    static Path firstStartData;
    private static boolean firstStartReused;
    private static String firstStartNote;
    private static String firstStartPoolId;

    @TempDir
    Path data;

    @BeforeAll
    static void startOnceOnAnEmptyDataFolder() {
        try (LocalCloud first = start(firstStartData, TemplateCopies.real())) {
            System.out.println("second-start: first start " + first.startupTime().toMillis() + " ms: " + first.deployNote());
            firstStartReused = first.reusedLastDeploy();
            firstStartNote = first.deployNote();
            firstStartPoolId = first.userPoolId();
        }
    }

    @BeforeEach
    void dataLeftByTheFirstStart() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(firstStartData)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = data.resolve(firstStartData.relativize(from).toString());
                if (java.nio.file.Files.isDirectory(from)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void aSecondStartSkipsTheDeployAndTakesAnOrderAndADeletedTableBringsTheFullDeployBack() throws Exception {
        assertThat(firstStartReused).as("the first start on an empty data folder").isFalse();
        assertThat(firstStartNote).startsWith("full deploy (no deploy stamp");
        String poolId = firstStartPoolId;
        assertThat(DeployStamp.read(data)).as("the stamp of the completed deploy").isPresent();

        try (LocalCloud second = start(TemplateCopies.real())) {
            System.out.println("second-start: second start " + second.startupTime().toMillis() + " ms (" + second.startupPhases()
                    + "): " + second.deployNote());
            assertThat(second.reusedLastDeploy()).as(second.deployNote()).isTrue();
            assertThat(second.deployNote()).contains("skipped creating 9 tables, 1 bucket(s), the user pool");
            assertThat(second.userPoolId()).isEqualTo(poolId);
            // On a loaded machine a function built inside its step's timeout can time the step out: the functions this
            // order calls are built first. Not all 39: waiting for the whole preload took 97 s of this class's 151 s at a load of 10.
            second.buildOnlyHandlers(OrderPathFunctions.ofTheRealTemplate());
            String completed = placeOrderAndAwaitTheEnd(second);
            System.out.println("second-start: an order on the reused deploy ended " + completed);
            assertThat(completed).isEqualTo("COMPLETED");

            LocalCloudTestClients clients = new LocalCloudTestClients(second);
            clients.dynamoDb.deleteTable(r -> r.tableName(second.tableName("CustomersTable")));
        }

        try (LocalCloud third = start(TemplateCopies.real())) {
            System.out.println("second-start: after a table was deleted: " + third.deployNote());
            assertThat(third.reusedLastDeploy()).isFalse();
            assertThat(third.deployNote()).contains("table " + third.tableName("CustomersTable") + " gone");
            LocalCloudTestClients clients = new LocalCloudTestClients(third);
            assertThat(clients.dynamoDb.listTables().tableNames()).contains(third.tableName("CustomersTable"));
        }
    }

    @Test
    void aChangedTemplateDeploysInFull() {
        assertThat(DeployStamp.read(data)).as("the stamp of the first start's complete deploy").isPresent();
        try (LocalCloud changed = start(changed(root -> root.put("Description", "the same stack, described otherwise")))) {
            System.out.println("second-start: changed template: " + changed.deployNote());
            assertThat(changed.reusedLastDeploy()).isFalse();
            assertThat(changed.deployNote()).startsWith("full deploy (no deploy stamp from the same template");
        }
    }

    @Test
    void aDeployThatStopsHalfWayLeavesNoStamp() {
        assertThat(DeployStamp.read(data)).isPresent();

        // A table dynalite refuses (an index on an attribute it does not define): the deploy fails after it began.
        assertThatThrownBy(() -> start(withARefusedTable()).close()).hasMessageContaining("undefinedAttribute");
        assertThat(DeployStamp.read(data)).as("a stamp after a deploy that did not complete").isEmpty();
    }

    private LocalCloud start(SamTemplate template) {
        return start(data, template);
    }

    private static LocalCloud start(Path dataFolder, SamTemplate template) {
        return LocalCloud.start(new LocalCloudOptions(0, 0, null, dataFolder, false, dataFolder.resolve("home"), template));
    }

    /** The real template with one change made to its tree (the file is never touched). */
    private static SamTemplate changed(java.util.function.Consumer<ObjectNode> change) {
        try {
            Path file = app.orderdesk.localcloud.emulators.RepositoryLayout.locate().template();
            ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
            change.accept(root);
            return SamTemplate.parse(YAML.writeValueAsString(root), file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SamTemplate withARefusedTable() {
        return changed(root -> ((ObjectNode) root.path("Resources")).set("RefusedTable", refusedTable()));
    }

    private static JsonNode refusedTable() {
        try {
            return YAML.readTree("""
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: RefusedTable
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
                      KeySchema: [{AttributeName: pk, KeyType: HASH}]
                      GlobalSecondaryIndexes:
                        - IndexName: byUndefined
                          KeySchema: [{AttributeName: undefinedAttribute, KeyType: HASH}]
                          Projection: {ProjectionType: ALL}
                    """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** POST /place-order as staff, then GET /orders/{id} until the workflow ended; the final status. */
    private static String placeOrderAndAwaitTheEnd(LocalCloud cloud) throws Exception {
        LocalCloudTestClients clients = new LocalCloudTestClients(cloud);
        String token = clients.idToken(cloud, cloud.demoUser("staff"));
        String body = "{\"lines\":[{\"productId\":\"p-1001\",\"quantity\":1}],\"customer\":{\"email\":\"second-start-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.test\",\"name\":\"Ada Lovelace\",\"phone\":\"+15555550100\"},"
                + "\"paymentToken\":\"tok_visa\"}";
        HttpResponse<String> placed = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(cloud, token, orderId), s -> s.equals("COMPLETED") || s.contains("FAILED") || s.contains("DECLINED"));
    }

    private static String status(LocalCloud cloud, String token, String orderId) throws Exception {
        HttpResponse<String> order = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/orders/" + orderId))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return order.statusCode() == 200 ? JSON.readTree(order.body()).path("status").asText() : "HTTP " + order.statusCode();
    }
}
