package app.orderdesk.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** infra/terraform against the offline hashicorp/aws 6.47.0 schema in ../shared/iac-schemas/terraform. */
class TerraformSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ObjectNode config;
    private static ProviderSchemaCheck schema;
    private static ReferenceCheck references;
    private static JsonNode schemaMeta;

    @BeforeAll
    static void load() throws IOException {
        config = TerraformFiles.merged(TerraformFiles.parseFolder(
                Path.of(System.getProperty("orderdesk.terraform", TerraformFiles.TERRAFORM_DIR.toString()))));
        Path terraformSchemas = TerraformFiles.sharedSchemas().resolve("terraform");
        JsonNode providerSchema = JSON.readTree(terraformSchemas.resolve("hashicorp-aws-provider-schema.json").toFile());
        schema = new ProviderSchemaCheck(providerSchema);
        references = new ReferenceCheck(providerSchema);
        schemaMeta = JSON.readTree(terraformSchemas.resolve("hashicorp-aws-provider-schema.meta.json").toFile());
    }

    @Test
    void everyResourceAndDataSourceFitsTheProviderSchema() {
        int resources = count(config.path("resource"));
        int dataSources = count(config.path("data"));
        List<String> problems = schema.check(config);
        System.out.printf("Terraform schema check: %d resources and %d data sources against hashicorp/aws %s, %d problems%n",
                resources, dataSources, schemaMeta.path("provider_version").asText(schemaMeta.toString()), problems.size());
        assertThat(resources).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyReferenceNamesADeclaredResourceAttributeLocalOrVariable() {
        List<String> problems = references.check(config);
        System.out.printf("Terraform reference check: %d problems%n", problems.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void aMisspelledAttributeOrAnUndeclaredReferenceIsReported() {
        ObjectNode copy = config.deepCopy();
        ((ObjectNode) copy.at("/resource/aws_api_gateway_integration/route"))
                .put("uri", "${aws_lambda_alias.live[each.value.function].invoke_arm}");
        ((ObjectNode) copy.at("/resource/aws_cloudwatch_metric_alarm/api5xx_alarm"))
                .put("alarm_actions", "${[aws_sns_topic.alert_topic.arn]}");
        ((ObjectNode) copy.at("/locals")).remove("order_workflow_name");

        assertThat(references.check(copy)).containsExactlyInAnyOrder(
                "resource aws_api_gateway_integration.route: aws_lambda_alias.live has no attribute \"invoke_arm\"",
                "resource aws_cloudwatch_metric_alarm.api5xx_alarm: aws_sns_topic.alert_topic is not declared",
                "resource aws_sfn_state_machine.order_workflow: local.order_workflow_name is not declared",
                "resource aws_cloudwatch_log_group.order_workflow_log_group: local.order_workflow_name is not declared",
                "local.order_workflow_arn: local.order_workflow_name is not declared");
    }

    @Test
    void theProviderIsPinnedToTheLineTheSchemaDescribes() {
        String constraint = config.path("terraform").get(0).path("required_providers").get(0).path("aws").path("version").asText();
        String schemaVersion = versionOf(schemaMeta);
        Matcher pessimistic = Pattern.compile("~>\\s*(\\d+)\\.(\\d+)\\.(\\d+)").matcher(constraint);
        assertThat(pessimistic.matches()).as("a ~> MAJOR.MINOR.PATCH pin, got %s", constraint).isTrue();
        assertThat(schemaVersion).startsWith(pessimistic.group(1) + "." + pessimistic.group(2) + ".");
    }

    @Test
    void everyOutputTheDesktopAppImportsIsDeclared() {
        assertThat(config.path("output").properties()).extracting(java.util.Map.Entry::getKey)
                .contains("Region", "ApiUrl", "UserPoolId", "UserPoolClientId", "OrderWorkflowArn", "ReceiptsBucketName");
    }

    // ---------- Mutations: each kind of error is reported, on an in-memory copy ----------

    @Test
    void aMisspelledArgumentIsReported() {
        ObjectNode copy = config.deepCopy();
        ObjectNode table = (ObjectNode) copy.at("/resource/aws_dynamodb_table/orders_table");
        table.set("billing_mod", table.remove("billing_mode"));

        assertThat(schema.check(copy)).containsExactly(
                "resource aws_dynamodb_table.orders_table: unknown argument or block \"billing_mod\"");
    }

    @Test
    void anUnknownNestedBlockIsReported() {
        ObjectNode copy = config.deepCopy();
        ObjectNode function = (ObjectNode) copy.at("/resource/aws_lambda_function/function");
        function.set("snapstart", function.remove("snap_start"));

        assertThat(schema.check(copy)).containsExactly(
                "resource aws_lambda_function.function: unknown argument or block \"snapstart\"");
    }

    @Test
    void aMissingRequiredArgumentIsReported() {
        ObjectNode copy = config.deepCopy();
        ((ObjectNode) copy.at("/resource/aws_lambda_alias/live")).remove("function_version");

        assertThat(schema.check(copy)).containsExactly(
                "resource aws_lambda_alias.live: missing required argument \"function_version\"");
    }

    @Test
    void aMissingRequiredArgumentInsideABlockIsReported() {
        ObjectNode copy = config.deepCopy();
        ((ObjectNode) copy.at("/resource/aws_dynamodb_table/orders_table/global_secondary_index/0")).remove("projection_type");

        assertThat(schema.check(copy)).containsExactly(
                "resource aws_dynamodb_table.orders_table.global_secondary_index: missing required argument \"projection_type\"");
    }

    @Test
    void aComputedOnlyAttributeThatIsSetIsReported() {
        ObjectNode copy = config.deepCopy();
        ((ObjectNode) copy.at("/resource/aws_lambda_function/function")).put("qualified_arn", "arn:aws:lambda:x");

        assertThat(schema.check(copy)).containsExactly(
                "resource aws_lambda_function.function: \"qualified_arn\" is computed by the provider and cannot be set");
    }

    @Test
    void aBlockWrittenAsAnArgumentAndAnArgumentInADynamicBlockAreReported() {
        ObjectNode copy = config.deepCopy();
        ObjectNode table = (ObjectNode) copy.at("/resource/aws_dynamodb_table/inventory_table");
        table.set("point_in_time_recovery", table.at("/point_in_time_recovery/0"));
        ((ObjectNode) copy.at("/data/aws_iam_policy_document/function/dynamic/statement/0/content/0")).put("action", "x");

        assertThat(schema.check(copy)).containsExactlyInAnyOrder(
                "resource aws_dynamodb_table.inventory_table: \"point_in_time_recovery\" is a block, written as an argument (name = ...)",
                "data aws_iam_policy_document.function.statement: unknown argument or block \"action\"");
    }

    @Test
    void aLiteralOfTheWrongTypeIsReported() {
        ObjectNode copy = config.deepCopy();
        ((ObjectNode) copy.at("/resource/aws_sqs_queue/failed_invocations_queue")).put("message_retention_seconds", "two weeks");
        ((ObjectNode) copy.at("/resource/aws_cognito_user_pool/user_pool")).put("username_attributes", "email");

        assertThat(schema.check(copy)).containsExactlyInAnyOrder(
                "resource aws_sqs_queue.failed_invocations_queue: \"message_retention_seconds\" must be number, found \"two weeks\"",
                "resource aws_cognito_user_pool.user_pool: \"username_attributes\" must be set, found \"email\"");
    }

    @Test
    void anUnknownResourceTypeIsReported() {
        ObjectNode copy = config.deepCopy();
        copy.withObject("/resource").set("aws_lambda_functions", copy.at("/resource/aws_lambda_function"));

        assertThat(schema.check(copy)).containsExactly(
                "resource aws_lambda_functions.function: unknown resource type aws_lambda_functions");
    }

    private static String versionOf(JsonNode meta) {
        for (String field : List.of("provider_version", "version")) {
            if (meta.hasNonNull(field)) {
                return meta.get(field).asText();
            }
        }
        throw new IllegalStateException("no provider version in the schema's meta file: " + meta);
    }

    private static int count(JsonNode section) {
        int n = 0;
        for (JsonNode type : section) {
            n += type.size();
        }
        return n;
    }
}
