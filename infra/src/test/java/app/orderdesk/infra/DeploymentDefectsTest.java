package app.orderdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of defect a review found in the template (issue 8) cannot return: each rule holds for the
 * template, and each fails on an in-memory copy into which the original defect is put back.
 */
class DeploymentDefectsTest {

    private final Template template = Template.load();

    private static DeploymentRules rules(JsonNode root) {
        return new DeploymentRules(root);
    }

    private ObjectNode copy() {
        return TemplateValidator.copy(template.root);
    }

    private ObjectNode properties(ObjectNode root, String logicalId) {
        return (ObjectNode) root.path("Resources").path(logicalId).path("Properties");
    }

    @Test
    void everyAlarmAndDashboardDimensionNamesAResourceOfTheStack() {
        assertThat(rules(template.root).alarmDimensionsNameStackResources()).isEmpty();
        System.out.printf("infra: alarm dimensions: %d alarms and %d dashboards checked%n",
                template.resourcesOfType("AWS::CloudWatch::Alarm").size(), template.resourcesOfType("AWS::CloudWatch::Dashboard").size());

        ObjectNode mutated = copy(); // the reviewed defect: the logical id where CloudWatch has the API's name
        ((ObjectNode) properties(mutated, "Api5xxAlarm").path("Dimensions").get(0)).put("Value", "OrderDeskApi");
        assertThat(rules(mutated).alarmDimensionsNameStackResources()).singleElement().asString()
                .startsWith("Api5xxAlarm:").contains("ApiName").contains("order-desk-api");

        ObjectNode dashboard = copy(); // a queue's Ref is its URL, not the QueueName dimension
        ObjectNode body = (ObjectNode) properties(dashboard, "OrderDeskDashboard").path("DashboardBody");
        body.put("Fn::Sub", body.path("Fn::Sub").asText().replace("${FailedInvocationsQueue.QueueName}", "${FailedInvocationsQueue}"));
        assertThat(rules(dashboard).alarmDimensionsNameStackResources()).singleElement().asString()
                .startsWith("OrderDeskDashboard:").contains("QueueName");
    }

    @Test
    void everyInvokerOfASnapStartFunctionCallsItsAlias() {
        assertThat(rules(template.root).snapStartFunctionsAreInvokedThroughAnAlias()).isEmpty();

        ObjectNode mutated = copy(); // the reviewed defect: the workflow calls $LATEST
        ObjectNode substitutions = (ObjectNode) properties(mutated, "OrderWorkflow").path("DefinitionSubstitutions");
        substitutions.set("ValidateOrderFunctionArn", getAtt(mutated, "ValidateOrderFunction", "Arn"));
        assertThat(rules(mutated).snapStartFunctionsAreInvokedThroughAnAlias()).singleElement().asString()
                .startsWith("OrderWorkflow names SnapStart function ValidateOrderFunction unqualified");

        ObjectNode noAlias = copy(); // SnapStart without a published version: every event source calls $LATEST
        ((ObjectNode) noAlias.path("Globals").path("Function")).remove("AutoPublishAlias");
        List<String> violations = rules(noAlias).snapStartFunctionsAreInvokedThroughAnAlias();
        assertThat(violations).hasSize(template.resourcesOfType("AWS::Serverless::Function").size())
                .allSatisfy(v -> assertThat(v).contains("no AutoPublishAlias"));
    }

    @Test
    void everyTopicAnAlarmNotifiesCanBePublishedByCloudWatch() {
        assertThat(rules(template.root).alarmTopicsArePublishableByCloudWatch()).isEmpty();
        long alarmsToAlerts = template.resourcesOfType("AWS::CloudWatch::Alarm").values().stream()
                .filter(a -> a.path("Properties").path("AlarmActions").toString().contains("AlertsTopic")).count();

        ObjectNode managedKey = copy(); // the reviewed defect: the AWS-managed key, which CloudWatch cannot use
        properties(managedKey, "AlertsTopic").put("KmsMasterKeyId", "alias/aws/sns");
        assertThat(rules(managedKey).alarmTopicsArePublishableByCloudWatch()).hasSize((int) alarmsToAlerts)
                .allSatisfy(v -> assertThat(v).contains("notifies AlertsTopic").contains("aws/sns"));

        ObjectNode closedKey = copy(); // a key of the stack whose policy leaves CloudWatch out
        ArrayNode statements = (ArrayNode) properties(closedKey, "AlertsKey").path("KeyPolicy").path("Statement");
        statements.remove(1);
        assertThat(rules(closedKey).alarmTopicsArePublishableByCloudWatch()).hasSize((int) alarmsToAlerts)
                .allSatisfy(v -> assertThat(v).contains("does not allow cloudwatch.amazonaws.com"));
        System.out.printf("infra: alarm topics: %d alarms notify AlertsTopic, encrypted with a key CloudWatch may use%n", alarmsToAlerts);
    }

    @Test
    void everyTableAndBucketIsRetainedOnStackDeletion() {
        assertThat(rules(template.root).dataStoresAreRetained()).isEmpty();

        ObjectNode mutated = copy(); // the reviewed defect: no retention policy
        ObjectNode orders = (ObjectNode) mutated.path("Resources").path("OrdersTable");
        orders.remove("DeletionPolicy");
        assertThat(rules(mutated).dataStoresAreRetained()).singleElement().asString()
                .startsWith("OrdersTable (AWS::DynamoDB::Table) has DeletionPolicy Delete");

        ObjectNode replaced = copy();
        ((ObjectNode) replaced.path("Resources").path("ReceiptsBucket")).put("UpdateReplacePolicy", "Delete");
        assertThat(rules(replaced).dataStoresAreRetained()).singleElement().asString()
                .startsWith("ReceiptsBucket (AWS::S3::Bucket) has UpdateReplacePolicy Delete");
    }

    @Test
    void noFunctionBehindTheApiOutlivesApiGatewaysIntegrationLimit() {
        assertThat(rules(template.root).apiFunctionsFitTheIntegrationTimeout()).isEmpty();

        ObjectNode mutated = copy(); // the reviewed defect: a 60 s import behind the 29 s limit
        properties(mutated, "ImportStockCountsFunction").put("Timeout", 60);
        assertThat(rules(mutated).apiFunctionsFitTheIntegrationTimeout()).singleElement().asString()
                .startsWith("ImportStockCountsFunction is invoked by API Gateway but its Timeout is 60 s");

        ObjectNode global = copy(); // a Globals timeout applies to every route without its own
        ((ObjectNode) global.path("Globals").path("Function")).put("Timeout", 30);
        assertThat(rules(global).apiFunctionsFitTheIntegrationTimeout()).isNotEmpty()
                .noneSatisfy(v -> assertThat(v).startsWith("ImportStockCountsFunction"));
    }

    @Test
    void theApiStagesLoggingHasTheAccountsCloudWatchRole() {
        assertThat(rules(template.root).apiLoggingHasTheAccountRole()).isEmpty();

        ObjectNode noAccount = copy(); // the reviewed defect: logging on, no account-level role
        ((ObjectNode) noAccount.path("Resources")).remove("ApiGatewayAccount");
        assertThat(rules(noAccount).apiLoggingHasTheAccountRole()).singleElement().asString()
                .startsWith("OrderDeskApi logs to CloudWatch but the stack sets no AWS::ApiGateway::Account");

        ObjectNode noOrder = copy(); // the role exists, but the stage may be created first
        ((ObjectNode) noOrder.path("Resources").path("OrderDeskApi")).remove("DependsOn");
        assertThat(rules(noOrder).apiLoggingHasTheAccountRole()).singleElement().asString()
                .contains("does not depend on [ApiGatewayAccount]");

        ObjectNode untrusted = copy(); // a role API Gateway cannot assume
        ObjectNode principal = (ObjectNode) properties(untrusted, "ApiGatewayCloudWatchRole")
                .path("AssumeRolePolicyDocument").path("Statement").get(0).path("Principal");
        principal.put("Service", "lambda.amazonaws.com");
        assertThat(rules(untrusted).apiLoggingHasTheAccountRole()).singleElement().asString()
                .contains("does not let apigateway.amazonaws.com assume it");
    }

    private static JsonNode getAtt(ObjectNode root, String logicalId, String attribute) {
        ObjectNode node = root.objectNode();
        node.putArray("Fn::GetAtt").add(logicalId).add(attribute);
        return node;
    }
}
