package app.orderdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template validates offline against the CloudFormation and SAM schemas in ../shared/iac-schemas,
 * with every reference, handler class and workflow substitution resolved; and each kind of mistake in
 * a mutated in-memory copy is reported, exactly and alone.
 */
class TemplateValidationTest {

    private static IacSchemas schemas;
    private static TemplateValidator validator;
    private static Template template;

    @BeforeAll
    static void load() {
        schemas = IacSchemas.load();
        validator = new TemplateValidator(schemas);
        template = Template.load();
    }

    @Test
    void theTemplateValidates() {
        long started = System.nanoTime();
        TemplateValidator cold = new TemplateValidator(IacSchemas.load());
        List<TemplateValidator.Finding> findings = cold.validate(template.root, Template.INFRA_DIR);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("infra: offline validation of %d resources against %s: %d findings in %d ms, schemas read and compiled"
                        + " (%d schema errors set aside where an intrinsic function stands)%n",
                template.root.path("Resources").size(), schemas.root(), findings.size(), millis, cold.acceptedAsIntrinsic().size());
        long again = System.nanoTime();
        cold.validate(template.root, Template.INFRA_DIR);
        System.out.printf("infra: offline validation again with the schemas compiled: %d ms%n", (System.nanoTime() - again) / 1_000_000);
        assertThat(findings).isEmpty();
    }

    @Test
    void aMisspelledPropertyIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ObjectNode props = (ObjectNode) copy.path("Resources").path("OrdersTable").path("Properties");
        props.set("BilingMode", props.remove("BillingMode"));

        assertThat(validator.schemaFindings(copy)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("OrdersTable");
            assertThat(f.message()).contains("BilingMode");
        });
    }

    @Test
    void aMisspelledSamPropertyIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ObjectNode props = (ObjectNode) copy.path("Resources").path("GetOrderFunction").path("Properties");
        props.set("Polices", props.remove("Policies"));

        assertThat(validator.schemaFindings(copy)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("GetOrderFunction");
            assertThat(f.message()).contains("Polices");
        });
    }

    @Test
    void aMisspelledGlobalsPropertyIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ObjectNode function = (ObjectNode) copy.path("Globals").path("Function");
        function.set("Tracng", function.remove("Tracing"));

        assertThat(validator.schemaFindings(copy)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("Globals");
            assertThat(f.message()).contains("Tracng");
        });
    }

    @Test
    void aValueOfTheWrongTypeIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ((ObjectNode) copy.path("Resources").path("FailedInvocationsAlarm").path("Properties")).put("EvaluationPeriods", "one");

        assertThat(validator.schemaFindings(copy)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("FailedInvocationsAlarm");
            assertThat(f.message()).contains("EvaluationPeriods").contains("string").contains("integer");
        });
    }

    @Test
    void aMissingRequiredPropertyIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ((ObjectNode) copy.path("Resources").path("InventoryTable").path("Properties")).remove("KeySchema");

        assertThat(validator.schemaFindings(copy)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("InventoryTable");
            assertThat(f.message()).contains("KeySchema");
        });
    }

    @Test
    void anIntrinsicInsideAOneOfBranchIsAcceptedButAWrongValueThereIsNot() {
        // AWS::DynamoDB::Table KeySchema is oneOf [array of KeySchema, JSON object/string]: the array branch
        // fails only where the intrinsic stands, so the value may hold at deploy time.
        ObjectNode withRef = TemplateValidator.copy(template.root);
        ObjectNode key = (ObjectNode) withRef.path("Resources").path("InventoryTable").path("Properties").path("KeySchema").get(0);
        key.set("AttributeName", withRef.objectNode().put("Ref", "SenderEmail"));
        assertThat(validator.schemaFindings(withRef)).isEmpty();

        ObjectNode withNumber = TemplateValidator.copy(template.root);
        ((ObjectNode) withNumber.path("Resources").path("InventoryTable").path("Properties").path("KeySchema").get(0)).put("AttributeName", 42);
        assertThat(validator.schemaFindings(withNumber)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("InventoryTable");
            assertThat(f.message()).contains("KeySchema");
        });
    }

    @Test
    void aDanglingRefIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ObjectNode dimension = (ObjectNode) copy.path("Resources").path("WorkflowFailedAlarm").path("Properties").path("Dimensions").get(0);
        dimension.set("Value", copy.objectNode().put("Ref", "OrderWorkflw"));

        assertThat(validator.validate(copy, Template.INFRA_DIR)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("WorkflowFailedAlarm");
            assertThat(f.check()).isEqualTo(TemplateValidator.REFERENCE);
            assertThat(f.message()).contains("Ref OrderWorkflw");
        });
    }

    @Test
    void aDanglingGetAttAttributeAndSubVariableAreReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ArrayNode resources = (ArrayNode) copy.path("Resources").path("GetReceiptFunction").path("Properties")
                .path("Policies").get(0).path("Statement").get(0).path("Resource");
        resources.set(0, copy.objectNode().set("Fn::GetAtt", copy.arrayNode().add("OrdersTable").add("Arnn")));
        ((ObjectNode) copy.path("Outputs").path("ApiUrl")).set("Value",
                copy.objectNode().put("Fn::Sub", "https://${OrderDeskAPI}.execute-api.${AWS::Region}.amazonaws.com/v1"));

        assertThat(validator.referenceFindings(copy)).extracting(TemplateValidator.Finding::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("Fn::GetAtt OrdersTable.Arnn").contains("no attribute Arnn"),
                m -> assertThat(m).contains("Fn::Sub OrderDeskAPI").contains("no such resource"));
    }

    @Test
    void aReadOnlyPropertyIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ((ObjectNode) copy.path("Resources").path("FailedInvocationsQueue").path("Properties")).put("Arn", "arn:aws:sqs:x");

        assertThat(validator.readOnlyFindings(copy)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("FailedInvocationsQueue");
            assertThat(f.message()).contains("Arn").contains("read-only");
        });
    }

    @Test
    void aHandlerClassMissingFromTheArtifactIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ((ObjectNode) copy.path("Resources").path("GetOrderFunction").path("Properties"))
                .put("Handler", "app.orderdesk.backend.entrypoint.api.GetOrderHandlr::handleRequest");

        assertThat(validator.handlerFindings(copy, Template.INFRA_DIR)).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo("GetOrderFunction");
            assertThat(f.message()).contains("GetOrderHandlr");
        });
    }

    @Test
    void anArtifactThatIsNotBuiltIsReportedClearly() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ((ObjectNode) copy.path("Globals").path("Function")).put("CodeUri", "../backend-lambdas/target/not-built.jar");

        assertThat(validator.handlerFindings(copy, Template.INFRA_DIR)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("not-built.jar").contains("is not built"));
    }

    @Test
    void anUnresolvedOrUnusedWorkflowSubstitutionIsReported() {
        ObjectNode copy = TemplateValidator.copy(template.root);
        ObjectNode substitutions = (ObjectNode) copy.path("Resources").path("OrderWorkflow").path("Properties").path("DefinitionSubstitutions");
        substitutions.set("AlertTopicArn", substitutions.remove("AlertsTopicArn"));

        assertThat(validator.substitutionFindings(copy, Template.INFRA_DIR)).extracting(TemplateValidator.Finding::message)
                .containsExactlyInAnyOrder(
                        "${AlertsTopicArn} in the definition has no DefinitionSubstitutions entry",
                        "DefinitionSubstitutions.AlertTopicArn is used nowhere in the definition");
    }
}
