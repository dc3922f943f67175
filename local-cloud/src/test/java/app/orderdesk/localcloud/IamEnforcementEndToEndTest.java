package app.orderdesk.localcloud;

import app.orderdesk.localcloud.deploy.TemplateCopies;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Least privilege proven by running: the real template minus ONE grant (dynamodb:PutItem on the
 * stock-movements table, from UpdateInventoryFunction) deployed on its own local cloud. An order
 * then fails at UpdateInventory, and the failure names the action, the resource and the role, as
 * AWS would. (EndToEndTest runs the real template, every function under the same enforcement.)
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class IamEnforcementEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalCloud cloud;
    private static LocalCloudTestClients clients;

    @BeforeAll
    static void deployTheTemplateWithoutOneGrant() {
        cloud = LocalCloud.start(LocalCloudOptions.ephemeral().withTemplate(
                TemplateCopies.withoutAction("UpdateInventoryFunction", "dynamodb:PutItem", "StockMovementsTable")));
        clients = new LocalCloudTestClients(cloud);
        // One order on a cloud of its own: its functions are built before it (none inside a step's timeout), and the
        // other functions, which nothing here calls, are not built at all.
        cloud.buildOnlyHandlers(OrderPathFunctions.ofTheRealTemplate());
    }

    @AfterAll
    static void stop() {
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void anOrderFailsAtUpdateInventoryWithAccessDeniedNamingTheAction() throws Exception {
        String orderId = placeOrder();
        var sfn = clients.sfn;
        String executionArn = cloud.latestExecutionArn(orderId);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).ignoreException(ExecutionDoesNotExistException.class)
                .until(() -> sfn.describeExecution(r -> r.executionArn(executionArn)).status() != ExecutionStatus.RUNNING);
        List<HistoryEvent> history = sfn.getExecutionHistoryPaginator(r -> r.executionArn(executionArn)).events().stream().toList();
        HistoryEvent denied = history.stream().filter(e -> e.lambdaFunctionFailedEventDetails() != null).findFirst().orElseThrow(
                () -> new AssertionError("no Lambda function failed: " + history));
        String cause = denied.lambdaFunctionFailedEventDetails().cause();
        String table = cloud.tableName("StockMovementsTable");
        System.out.println("iam: UpdateInventoryFunction without dynamodb:PutItem -> "
                + denied.lambdaFunctionFailedEventDetails().error() + ": " + JSON.readTree(cause).path("errorMessage").asText());
        assertThat(denied.lambdaFunctionFailedEventDetails().error()).isEqualTo("software.amazon.awssdk.services.dynamodb.model.DynamoDbException");
        assertThat(cause).contains("User: arn:aws:sts::111111111111:assumed-role/order-desk-local-UpdateInventoryFunctionRole/UpdateInventoryFunction"
                        + " is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:111111111111:table/" + table
                        + " because no identity-based policy allows the dynamodb:PutItem action")
                .contains("Status Code: 400");
        assertThat(sfn.describeExecution(r -> r.executionArn(executionArn)).status()).isEqualTo(ExecutionStatus.FAILED);
    }

    private static String placeOrder() throws Exception {
        String idToken = clients.idToken(cloud, cloud.demoUser("staff"));
        String body = "{\"lines\":[{\"productId\":\"p-1001\",\"quantity\":1}],\"customer\":{\"email\":\"iam-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test\",\"name\":\"Ada Lovelace\",\"phone\":\"+15555550100\"},\"paymentToken\":\"tok_visa\"}";
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                .header("Authorization", "Bearer " + idToken).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        return JSON.readTree(placed.body()).path("orderId").asText();
    }
}
