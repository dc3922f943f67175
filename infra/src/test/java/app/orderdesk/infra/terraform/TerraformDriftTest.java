package app.orderdesk.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * infra/terraform declares the same stack as infra/template.yaml: tables, functions, the workflow,
 * IAM per function, bucket and policy, topics, Cognito, API routes, alarms and dashboard. On a
 * difference the failure lists every fact that differs, by logical id, so the side that lags can be
 * brought in step. {@code -Dorderdesk.template=<template.yaml>} and {@code -Dorderdesk.terraform=<folder>}
 * compare other copies (for example a branch's before a merge).
 */
class TerraformDriftTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Path templateFile;
    private static JsonNode template;
    private static ObjectNode terraform;
    private static Path terraformDir;

    @BeforeAll
    static void load() throws IOException {
        templateFile = Path.of(System.getProperty("orderdesk.template",
                TerraformFiles.INFRA_DIR.resolve("template.yaml").toString())).toAbsolutePath();
        template = YAML.readTree(templateFile.toFile());
        terraformDir = Path.of(System.getProperty("orderdesk.terraform", TerraformFiles.TERRAFORM_DIR.toString())).toAbsolutePath();
        terraform = TerraformFiles.merged(TerraformFiles.parseFolder(terraformDir));
    }

    private static List<String> drift(JsonNode templateRoot, JsonNode terraformConfig) {
        StackModel sam = SamModel.of(templateRoot, templateFile.getParent());
        StackModel tf = TerraformModel.of(terraformConfig, terraformDir);
        return StackModel.differences(sam, tf);
    }

    @Test
    void terraformDeclaresTheSameStackAsTheTemplate() {
        StackModel sam = SamModel.of(template, templateFile.getParent());
        StackModel tf = TerraformModel.of(terraform, terraformDir);
        List<String> differences = StackModel.differences(sam, tf);
        System.out.printf("Drift check: %d facts from %s, %d from %s, %d differences%n",
                sam.facts().size(), TerraformFiles.REPO_ROOT.relativize(templateFile), tf.facts().size(),
                TerraformFiles.REPO_ROOT.relativize(terraformDir), differences.size());
        differences.forEach(d -> System.out.println("  drift: " + d));
        assertThat(sam.facts()).containsKeys("table OrdersTable index StatusIndex", "route POST /place-order",
                "function PlaceOrderFunction iam Allow states:StartExecution", "alarm Api5xxAlarm dimensions");
        assertThat(differences).as("differences between template.yaml and infra/terraform").isEmpty();
    }

    @Test
    void theWorkflowFileHoldsNoTemplateSyntaxButItsSubstitutions() throws IOException {
        // templatefile() reads ${…} and %{…} as its own: the file may use ${Name} only for names it is given.
        String definition = Files.readString(terraformDir.resolveSibling("statemachine/order-workflow.asl.json"));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([^}]*)}").matcher(definition);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> given = new TreeSet<>();
        terraform.path("locals").path("order_workflow_substitutions").fieldNames().forEachRemaining(given::add);
        assertThat(used).allMatch(name -> name.matches("[A-Za-z]\\w*"), "plain names").isEqualTo(given);
        assertThat(definition).doesNotContain("%{").doesNotContain("$${");
    }

    // ---------- Mutations on in-memory copies: each is reported, by name ----------

    @Test
    void anIndexDroppedOnEitherSideIsReported() {
        List<String> before = drift(template, terraform);

        ObjectNode tf = terraform.deepCopy();
        ArrayNode indexes = (ArrayNode) tf.at("/resource/aws_dynamodb_table/orders_table/global_secondary_index");
        indexes.remove(indexOf(indexes, "name", "StatusIndex"));
        assertThat(newDifferences(before, drift(template, tf))).containsExactly(
                "table OrdersTable index StatusIndex: only in template.yaml (status HASH, createdAt RANGE; projection ALL)");

        JsonNode sam = template.deepCopy();
        ArrayNode samIndexes = (ArrayNode) sam.at("/Resources/OrdersTable/Properties/GlobalSecondaryIndexes");
        samIndexes.remove(indexOf(samIndexes, "IndexName", "CustomerPhoneIndex"));
        assertThat(newDifferences(before, drift(sam, terraform))).containsExactly(
                "table OrdersTable index CustomerPhoneIndex: only in terraform (customerPhone HASH, createdAt RANGE; projection ALL)");
    }

    @Test
    void oneChangedIamActionIsReported() {
        List<String> before = drift(template, terraform);
        JsonNode sam = template.deepCopy();
        ArrayNode actions = (ArrayNode) sam.at("/Resources/GetOrderFunction/Properties/Policies/0/Statement/0/Action");
        actions.set(0, "dynamodb:Query");

        assertThat(newDifferences(before, drift(sam, terraform))).containsExactlyInAnyOrder(
                "function GetOrderFunction iam Allow dynamodb:GetItem: only in terraform ({OrdersTable})",
                "function GetOrderFunction iam Allow dynamodb:Query: only in template.yaml ({OrdersTable})");
    }

    @Test
    void oneRemovedRouteIsReported() {
        List<String> before = drift(template, terraform);
        ObjectNode tf = terraform.deepCopy();
        ((ObjectNode) tf.at("/locals/api_routes")).remove("POST /orders/{id}/cancel");

        assertThat(newDifferences(before, drift(template, tf))).containsExactly(
                "route POST /orders/{id}/cancel: only in template.yaml ({CancelOrderFunction:live} on {OrderDeskApi} auth {CognitoAuthorizer};"
                        + " API may invoke {CancelOrderFunction:live})");
    }

    @Test
    void aRouteToTheUnpublishedFunctionAndAMissingVariableAreReported() {
        List<String> before = drift(template, terraform);
        ObjectNode tf = terraform.deepCopy();
        ((ObjectNode) tf.at("/resource/aws_api_gateway_integration/route"))
                .put("uri", "${aws_lambda_function.function[each.value.function].invoke_arn}");
        ((ObjectNode) tf.at("/locals/function_environment")).remove("RECEIPTS_BUCKET");

        List<String> reported = newDifferences(before, drift(template, tf));
        assertThat(reported).contains(
                "route POST /place-order: template.yaml has {PlaceOrderFunction:live} on {OrderDeskApi} auth {CognitoAuthorizer};"
                        + " API may invoke {PlaceOrderFunction:live}, terraform has {PlaceOrderFunction} on {OrderDeskApi}"
                        + " auth {CognitoAuthorizer}; API may invoke {PlaceOrderFunction:live}",
                "function EmailReceiptFunction env RECEIPTS_BUCKET: only in template.yaml ({ReceiptsBucket})");
    }

    @Test
    void aScheduledFunctionIsComparedOnBothSides() throws IOException {
        List<String> before = drift(template, terraform);
        JsonNode sam = template.deepCopy();
        ((ObjectNode) sam.at("/Resources/MarkOrderFunction/Properties")).withObject("/Events").set("Nightly",
                YAML.readTree("{Type: Schedule, Properties: {Schedule: 'rate(1 day)'}}"));
        assertThat(newDifferences(before, drift(sam, terraform))).containsExactly(
                "function MarkOrderFunction schedules: only in template.yaml (rate(1 day) calls {MarkOrderFunction:live})");

        // The Terraform a merger writes for it: an EventBridge rule whose target is the alias.
        ObjectNode tf = terraform.deepCopy();
        tf.withObject("/resource").withObject("/aws_cloudwatch_event_rule").set("mark_order_nightly",
                YAML.readTree("{name: mark-order-nightly, schedule_expression: 'rate(1 day)'}"));
        tf.withObject("/resource").withObject("/aws_cloudwatch_event_target").set("mark_order_nightly",
                YAML.readTree("{rule: '${aws_cloudwatch_event_rule.mark_order_nightly.name}',"
                        + " arn: '${aws_lambda_alias.live[\"MarkOrderFunction\"].arn}'}"));
        assertThat(newDifferences(before, drift(sam, tf))).isEmpty();
    }

    @Test
    void aPermissionOnTheUnqualifiedFunctionIsReported() {
        List<String> before = drift(template, terraform);
        ObjectNode tf = terraform.deepCopy();
        ((ObjectNode) tf.at("/resource/aws_lambda_permission/api")).remove("qualifier");

        long routes = template.path("Resources").findValues("Events").stream()
                .flatMap(events -> events.findValues("Type").stream()).filter(t -> "Api".equals(t.asText())).count();
        assertThat(newDifferences(before, drift(template, tf))).as("one difference per route").hasSize((int) routes).contains(
                "route GET /orders: template.yaml has {SearchOrdersFunction:live} on {OrderDeskApi} auth {CognitoAuthorizer};"
                        + " API may invoke {SearchOrdersFunction:live}, terraform has {SearchOrdersFunction:live} on {OrderDeskApi}"
                        + " auth {CognitoAuthorizer}; API may invoke {SearchOrdersFunction}");
    }

    /** Differences the mutation added (the unmutated pair may already differ while a branch is in flight). */
    private static List<String> newDifferences(List<String> before, List<String> after) {
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        return added;
    }

    private static int indexOf(ArrayNode array, String field, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).path(field).asText().equals(value)) {
                return i;
            }
        }
        throw new IllegalStateException("no element with " + field + " = " + value);
    }
}
