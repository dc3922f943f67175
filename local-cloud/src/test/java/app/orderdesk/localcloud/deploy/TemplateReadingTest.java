package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.apigateway.Route;
import app.orderdesk.localcloud.emulators.RepositoryLayout;
import app.orderdesk.localcloud.lambda.FunctionDefinition;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the real infra/template.yaml the way the local deployment does. */
class TemplateReadingTest {

    private final RepositoryLayout layout = RepositoryLayout.locate();
    private final SamTemplate template = SamTemplate.load(layout.template());

    @Test
    void readsEveryFunctionWithGlobalsApplied() {
        List<FunctionDefinition> functions = new TemplateFunctions(template).definitions();
        assertThat(functions).extracting(FunctionDefinition::name).contains("PlaceOrderFunction", "ValidateOrderFunction", "MarkOrderFunction");
        FunctionDefinition placeOrder = functions.stream().filter(f -> f.name().equals("PlaceOrderFunction")).findFirst().orElseThrow();
        assertThat(placeOrder.handlerClass()).isEqualTo("app.orderdesk.backend.entrypoint.api.PlaceOrderHandler");
        assertThat(placeOrder.memoryMb()).isEqualTo(1024);
        assertThat(placeOrder.timeoutSeconds()).isEqualTo(20);
    }

    // h-c: the functions see what Lambda makes of LoggingConfig; the bench prices the architecture and the platform lines
    @Test
    void readsTheLoggingConfigAndArchitectureAsLambdaApplies() {
        TemplateFunctions functions = new TemplateFunctions(template);
        assertThat(functions.loggingVariables("PlaceOrderFunction"))
                .containsEntry("AWS_LAMBDA_LOG_FORMAT", "JSON").containsEntry("AWS_LAMBDA_LOG_LEVEL", "INFO");
        assertThat(functions.systemLogLevel("PushDefaultFunction")).isEqualTo("WARN");
        assertThat(functions.architecture("GenerateReceiptFunction")).isEqualTo("arm64");

        SamTemplate own = SamTemplate.parse("""
                Globals:
                  Function:
                    LoggingConfig: {LogFormat: JSON, SystemLogLevel: WARN}
                Resources:
                  Chatty:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: a.B, LoggingConfig: {ApplicationLogLevel: DEBUG}}
                  Plain:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: a.C, Architectures: [x86_64], LoggingConfig: {LogFormat: Text}}
                """, layout.template().getParent());
        TemplateFunctions read = new TemplateFunctions(own);
        assertThat(read.loggingVariables("Chatty")).containsEntry("AWS_LAMBDA_LOG_LEVEL", "DEBUG");
        assertThat(read.systemLogLevel("Chatty")).as("merged with the Globals' key by key").isEqualTo("WARN");
        assertThat(read.architecture("Chatty")).isEqualTo("x86_64");
        assertThat(read.loggingVariables("Plain")).as("Text: no levels").isEmpty();
        assertThat(read.systemLogLevel("Plain")).as("Text: every platform line").isEqualTo("INFO");
        assertThat(read.architecture("Plain")).isEqualTo("x86_64");
    }

    @Test
    void readsTheApiRoutesStageAndThrottle() {
        assertThat(new TemplateFunctions(template).routes())
                .contains(new Route("POST", "/place-order", "PlaceOrderFunction"),
                        new Route("GET", "/orders/{id}/timeline", "GetOrderTimelineFunction"));
        assertThat(ApiSettings.from(template)).isEqualTo(new ApiSettings("v1", 50, 100));
    }

    /** ADR 0080: a store runs the local cloud in its own time zone, as it deploys with sam deploy --parameter-overrides. */
    @Test
    void deploysWithParameterOverridesAsSamDoes() {
        SamTemplate berlin = template.withParameters(
                app.orderdesk.localcloud.LocalCloudOptions.parameterOverrides(" StoreTimeZone=Europe/Berlin  SupportRefundLimit=10000 "));

        assertThat(new TemplateFunctions(berlin).environment("PlaceOrderFunction", new IntrinsicResolver(berlin, localNames())))
                .containsEntry("STORE_TIME_ZONE", "Europe/Berlin");
        assertThat(new IntrinsicResolver(berlin, localNames()).resolveText(new ObjectMapper().createObjectNode().put("Ref", "SupportRefundLimit")))
                .isEqualTo("10000");
        assertThat(new TemplateFunctions(template).environment("PlaceOrderFunction", new IntrinsicResolver(template, localNames())))
                .as("the template itself is left as it was").containsEntry("STORE_TIME_ZONE", "UTC");
        assertThat(berlin.contentHash()).as("another deploy: the stamp must not match").isNotEqualTo(template.contentHash());
        assertThat(template.withParameters(Map.of())).isSameAs(template);
        assertThat(template.withParameters(Map.of("StoreTimeZone", "America/Argentina/Buenos_Aires"))).isNotNull();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.withParameters(Map.of("StoreTimezone", "Europe/Berlin")))
                .hasMessageStartingWith("parameter StoreTimezone: the template declares no such parameter").hasMessageContaining("StoreTimeZone");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.withParameters(Map.of("StoreTimeZone", "Berlin time")))
                .hasMessage("parameter StoreTimeZone=Berlin time: must be an IANA time zone such as Europe/Berlin or UTC");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.withParameters(Map.of("SupportRefundLimit", "-1")))
                .hasMessage("parameter SupportRefundLimit=-1: must be between 0 and ∞");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.withParameters(Map.of("SupportRefundLimit", "fifty")))
                .hasMessage("parameter SupportRefundLimit=fifty: must be a number");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.orderdesk.localcloud.LocalCloudOptions.parameterOverrides("StoreTimeZone"))
                .hasMessageContaining("Name=Value");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> app.orderdesk.localcloud.LocalCloudOptions.parameterOverrides("StoreTimeZone=UTC StoreTimeZone=Europe/Berlin"))
                .hasMessageContaining("twice");
        assertThat(app.orderdesk.localcloud.LocalCloudOptions.parameterOverrides(null)).isEmpty();
    }

    /** The local names of the resources a function's environment refers to. */
    private static LocalResourceNames localNames() {
        LocalResourceNames names = new LocalResourceNames();
        for (String table : List.of("InventoryTable", "OrdersTable", "StockMovementsTable", "IdempotencyTable", "CustomersTable",
                "DailyTotalsTable", "PaymentsLedgerTable", "PushConnectionsTable", "PushSubscriptionsTable")) {
            names.register(table, table, Map.of("Arn", LocalResourceNames.tableArn(table)));
        }
        names.register("OrderEventsTopic", "arn:aws:sns:us-east-1:111111111111:OrderEventsTopic", Map.of("TopicName", "OrderEventsTopic"));
        names.register("PushApi", "push-api-id", Map.of());
        names.register("ReceiptsBucket", "orderdesk-receipts-bucket", Map.of());
        names.register("OrderWorkflow", "arn:aws:states:us-east-1:111111111111:stateMachine:OrderWorkflow", Map.of("Name", "OrderWorkflow"));
        return names;
    }

    @Test
    void resolvesFunctionEnvironmentsToLocalNames() {
        LocalResourceNames names = new LocalResourceNames();
        for (String table : List.of("InventoryTable", "OrdersTable", "StockMovementsTable", "IdempotencyTable", "CustomersTable",
                "DailyTotalsTable", "PaymentsLedgerTable")) {
            names.register(table, table, Map.of("Arn", LocalResourceNames.tableArn(table)));
        }
        names.register("OrderEventsTopic", "arn:aws:sns:us-east-1:111111111111:OrderEventsTopic", Map.of("TopicName", "OrderEventsTopic"));
        // ADR 0052: every function may push the changes it writes (Globals: the push tables)
        names.register("PushConnectionsTable", "PushConnectionsTable", Map.of("Arn", LocalResourceNames.tableArn("PushConnectionsTable")));
        names.register("PushSubscriptionsTable", "PushSubscriptionsTable", Map.of("Arn", LocalResourceNames.tableArn("PushSubscriptionsTable")));
        names.register("PushApi", "push-api-id", Map.of());
        names.register("ReceiptsBucket", "orderdesk-receipts-bucket", Map.of());
        names.register("OrderWorkflow", "arn:aws:states:us-east-1:111111111111:stateMachine:OrderWorkflow", Map.of("Name", "OrderWorkflow"));
        Map<String, String> environment = new TemplateFunctions(template).environment("PlaceOrderFunction", new IntrinsicResolver(template, names));
        assertThat(environment).containsEntry("ORDERS_TABLE", "OrdersTable")
                .containsEntry("RECEIPTS_BUCKET", "orderdesk-receipts-bucket")
                .containsEntry("SENDER_EMAIL", "receipts@orderdesk.example")
                .containsEntry("RECEIPT_URL_TTL_SECONDS", "300")
                .containsEntry("ORDER_WORKFLOW_ARN", "arn:aws:states:us-east-1:111111111111:stateMachine:OrderWorkflow")
                .containsEntry("PUSH_SUBSCRIPTIONS_TABLE", "PushSubscriptionsTable")
                .containsEntry("PUSH_CALLBACK_URL", "https://push-api-id.execute-api.us-east-1.amazonaws.com/v1");
        assertThat(new TemplateFunctions(template).environment("GetOrderFunction", new IntrinsicResolver(template, names)))
                .as("only PlaceOrderFunction's own entry sets it").doesNotContainKey("ORDER_WORKFLOW_ARN");
    }

    @Test
    void aFunctionsAliasRefIsItsQualifiedArn() {
        LocalResourceNames names = new LocalResourceNames();
        TemplateDeployer.registerFunction(template, names, "ReserveStockFunction");
        IntrinsicResolver resolver = new IntrinsicResolver(template, names);
        var json = new ObjectMapper();
        assertThat(resolver.resolveText(json.createObjectNode().put("Ref", "ReserveStockFunction.Alias")))
                .as("AutoPublishAlias: live").isEqualTo("arn:aws:lambda:us-east-1:111111111111:function:ReserveStockFunction:live");
        assertThat(resolver.resolveText(json.createObjectNode().set("Fn::GetAtt", json.createArrayNode().add("ReserveStockFunction").add("Arn"))))
                .isEqualTo("arn:aws:lambda:us-east-1:111111111111:function:ReserveStockFunction");
    }

    @Test
    void findsTheDeploymentArtifactFromCodeUriRelativeToTheTemplate() {
        assertThat(new TemplateFunctions(template).codeUri("PlaceOrderFunction"))
                .isEqualTo(layout.root().resolve("backend-lambdas/target/backend-lambdas-lambda.zip"));
    }

    @Test
    void substitutesEveryPlaceholderOfTheWorkflowDefinition() throws Exception {
        String asl = Files.readString(template.directory().resolve("statemachine/order-workflow.asl.json"));
        var substitutions = new ObjectMapper().createObjectNode();
        java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\$\\{(\\w+)}").matcher(asl);
        while (placeholders.find()) {
            substitutions.put(placeholders.group(1), "arn:aws:lambda:us-east-1:111111111111:function:X");
        }
        String definition = StateMachineDeployer.substitute(asl, substitutions);
        assertThat(definition).doesNotContain("${");
        new ObjectMapper().readTree(definition); // still valid JSON
        assertThat(template.resource("OrderWorkflow").path("Properties").path("DefinitionSubstitutions").properties())
                .extracting(Map.Entry::getKey).containsAll(substitutions.properties().stream().map(Map.Entry::getKey).toList());
    }

    @Test
    void theWorkflowCallsEachFunctionsAliasWhichResolvesToAQualifiedArnOfTheLocalFunction() {
        LocalResourceNames names = new LocalResourceNames();
        new TemplateFunctions(template).registerNames(names);
        names.register("OrderEventsTopic", "arn:aws:sns:us-east-1:111111111111:OrderEventsTopic", Map.of());
        names.register("AlertsTopic", "arn:aws:sns:us-east-1:111111111111:AlertsTopic", Map.of());
        var substitutions = new IntrinsicResolver(template, names)
                .resolve(template.resource("OrderWorkflow").path("Properties").path("DefinitionSubstitutions"));
        String validate = substitutions.path("ValidateOrderFunctionArn").asText();
        assertThat(validate).isEqualTo("arn:aws:lambda:us-east-1:111111111111:function:ValidateOrderFunction:live");
        var resource = app.orderdesk.localcloud.stepfunctions.asl.task.TaskResource.parse(validate);
        assertThat(resource.functionName()).isEqualTo("ValidateOrderFunction");
    }

    @Test
    void namesBucketsInLowerCase() {
        assertThat(BucketDeployer.bucketName("ReceiptsBucket")).isEqualTo("orderdesk-receipts-bucket");
    }
}
