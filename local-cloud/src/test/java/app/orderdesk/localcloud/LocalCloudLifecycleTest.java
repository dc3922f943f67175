package app.orderdesk.localcloud;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ConnectionProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What the local cloud promises beyond the workflow: profile, demo users, and taking parts away and back. */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class LocalCloudLifecycleTest {

    private static LocalCloud cloud;
    private static LocalCloudTestClients clients;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        cloud = LocalCloud.shared();
        clients = new LocalCloudTestClients(cloud);
    }

    @Test
    void writesTheConnectionProfileTheDesktopAppReads() throws IOException {
        ConnectionProfile written = ApiJson.lenient().readValue(cloud.profileFile().toFile(), ConnectionProfile.class);
        assertThat(written).isEqualTo(cloud.profile());
        assertThat(written.name()).isEqualTo("local");
        assertThat(written.apiUrl()).isEqualTo(cloud.apiUrl()).startsWith("http://127.0.0.1:").endsWith("/v1");
        assertThat(written.cognitoEndpoint()).isEqualTo(cloud.cognitoEndpoint().toString());
        assertThat(cloud.profileFile()).endsWith(java.nio.file.Path.of("profiles", "local.json"));
    }

    @Test
    void demoUsersSignInAndTheNewHireMustChooseAPassword() {
        for (String role : List.of("staff", "managers", "support")) {
            assertThat(clients.idToken(cloud, cloud.demoUser(role))).isNotBlank();
        }
        assertThat(cloud.demoUser("staff").username()).isEqualTo("staff@orderdesk.local");
        assertThat(cloud.demoUser("manager")).isEqualTo(cloud.demoUser("managers"));
        DemoUser newHire = cloud.demoUser("newhire");
        var challenge = clients.cognito.initiateAuth(r -> r.clientId(cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", newHire.username(), "PASSWORD", newHire.password())));
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThatThrownBy(() -> cloud.demoUser("nobody")).hasMessageContaining("no demo user");
    }

    @Test
    void seedsTheDemoCatalogueWithSoldOutAndLowStockProducts() {
        var items = clients.dynamoDb.scan(r -> r.tableName(cloud.tableName("InventoryTable"))).items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        assertThat(items).anyMatch(i -> "0".equals(i.get("available").n()));
        // h-p: food carries its tax category; a grinder has none (the store's default rate)
        assertThat(items).filteredOn(i -> "COF-ESP-1KG".equals(i.get("sku").s()))
                .singleElement().satisfies(i -> assertThat(i.get("category").s()).isEqualTo("food"));
        assertThat(items).filteredOn(i -> "GRD-BUR-MAN".equals(i.get("sku").s()))
                .singleElement().satisfies(i -> assertThat(i.get("category")).isNull());
    }

    @Test
    void apiCanBeTakenAwayAndBroughtBackOnTheSamePort() throws Exception {
        String url = cloud.apiUrl();
        cloud.stopApi();
        try {
            assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url + "/inventory")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        } finally {
            cloud.startApi();
        }
        assertThat(cloud.apiUrl()).isEqualTo(url);
        HttpResponse<String> back = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/inventory"))
                .header("Authorization", clients.idToken(cloud, cloud.demoUser("support"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    }

    @Test
    void publishesWorkflowMessagesToSnsAndNamesErrorsLikeStepFunctions() throws Exception {
        try (SnsClient sns = snsClient()) {
            var integrations = new app.orderdesk.localcloud.integrations.EmulatorServiceIntegrations(sns);
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            String marker = "sfn-" + UUID.randomUUID();
            var result = integrations.call("sns", "publish", json.readTree("{\"TopicArn\":\"" + cloud.topicArn("AlertsTopic")
                    + "\",\"Subject\":\"alert\",\"Message\":{\"marker\":\"" + marker + "\",\"n\":1},"
                    + "\"MessageAttributes\":{\"event\":{\"DataType\":\"String\",\"StringValue\":\"ALERT\"}}}"));
            assertThat(result.path("MessageId").asText()).isNotBlank();
            assertThat(awaitMessage(cloud.alertsQueueUrl(), marker)).isEqualTo("{\"marker\":\"" + marker + "\",\"n\":1}");

            String missingTopic = cloud.topicArn("AlertsTopic") + "-missing";
            assertThatThrownBy(() -> integrations.call("sns", "publish",
                    json.readTree("{\"TopicArn\":\"" + missingTopic + "\",\"Message\":\"x\"}")))
                    .isInstanceOfSatisfying(app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations.ServiceIntegrationException.class,
                            e -> assertThat(e.error()).startsWith("SNS.").endsWith("Exception"));
        }
    }

    @Test
    void emulatorsRestartWithDataUsersAndTopicsIntact() {
        String marker = "restart-" + UUID.randomUUID();
        clients.dynamoDb.putItem(r -> r.tableName(cloud.tableName("IdempotencyTable"))
                .item(Map.of("pk", AttributeValue.fromS(marker))));

        cloud.restartEmulators();

        assertThat(clients.dynamoDb.getItem(r -> r.tableName(cloud.tableName("IdempotencyTable"))
                .key(Map.of("pk", AttributeValue.fromS(marker)))).item()).isNotEmpty();
        assertThat(clients.cognito.initiateAuth(r -> r.clientId(cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", cloud.demoUser("staff").username(), "PASSWORD", cloud.demoUser("staff").password())))
                .authenticationResult().idToken()).isNotBlank();
        try (SnsClient sns = snsClient()) {
            sns.publish(r -> r.topicArn(cloud.topicArn("OrderEventsTopic")).message("{\"marker\":\"" + marker + "\"}"));
        }
        // raw delivery: the body is the message itself, no SNS envelope
        assertThat(awaitMessage(cloud.orderEventsQueueUrl(), marker)).isEqualTo("{\"marker\":\"" + marker + "\"}");
    }

    private static SnsClient snsClient() {
        return SnsClient.builder().httpClient(clients.http).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(cloud.snsEndpoint()).build();
    }

    private static String awaitMessage(String queueUrl, String marker) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (Message m : clients.sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                    .maxNumberOfMessages(10).visibilityTimeout(0).waitTimeSeconds(1)).messages()) {
                if (m.body().contains(marker)) {
                    return m.body();
                }
            }
            return null;
        }, b -> b != null);
    }
}
