package app.orderdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Security and operability rules over infra/template.yaml, checked without an AWS account. */
class TemplatePolicyTest {

    private static final Set<String> DATA_RESOURCES = Set.of(
            "InventoryTable", "OrdersTable", "StockMovementsTable", "IdempotencyTable", "PaymentsLedgerTable",
            "CustomersTable", "DailyTotalsTable", "ReceiptsBucket", "OrderEventsTopic", "AlertsTopic", "OrderWorkflow", "SES identities",
            "PushConnectionsTable", "PushSubscriptionsTable", "PushApi");
    private static final String SES_IDENTITIES = "SES identities";

    private final Template template = Template.load();

    @Test
    void everyRouteUsesTheCognitoAuthorizer() {
        JsonNode auth = template.resource("OrderDeskApi").path("Properties").path("Auth");
        assertThat(auth.path("DefaultAuthorizer").asText()).isEqualTo("CognitoAuthorizer");
        assertThat(auth.path("Authorizers").path("CognitoAuthorizer").path("UserPoolArn").isMissingNode()).isFalse();
        List<String> routes = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) ->
                fn.path("Properties").path("Events").properties().forEach(event -> {
                    if (isSchedule(event.getValue())) {
                        return; // the reconciler's timer: no route, no caller to authorise
                    }
                    JsonNode props = event.getValue().path("Properties");
                    assertThat(event.getValue().path("Type").asText()).as(id).isEqualTo("Api");
                    assertThat(props.path("RestApiId").path("Ref").asText()).as(id).isEqualTo("OrderDeskApi");
                    // An explicit Authorizer on a route must not switch authorisation off.
                    assertThat(props.path("Auth").path("Authorizer").asText("CognitoAuthorizer"))
                            .as(id).isEqualTo("CognitoAuthorizer");
                    routes.add(props.path("Method").asText() + " " + props.path("Path").asText());
                }));
        assertThat(routes).containsExactlyInAnyOrderElementsOf(ROLE_TABLE.keySet());
    }

    /** DESIGN.md's API table: who may call each route. */
    private static final Map<String, Set<String>> ROLE_TABLE = Map.ofEntries(
            Map.entry("post /place-order", Set.of("staff", "managers")),
            Map.entry("get /orders", Set.of("staff", "managers", "support")),
            Map.entry("get /orders/{id}", Set.of("staff", "managers", "support")),
            Map.entry("get /orders/{id}/timeline", Set.of("staff", "managers", "support")),
            Map.entry("get /orders/{id}/receipt", Set.of("staff", "managers", "support")),
            Map.entry("post /orders/{id}/receipt/email", Set.of("support", "managers")),
            Map.entry("post /orders/{id}/cancel", Set.of("managers")),
            Map.entry("post /orders/{id}/redrive", Set.of("support", "managers")),
            Map.entry("get /inventory", Set.of("staff", "managers", "support")),
            Map.entry("get /inventory/{id}", Set.of("staff", "managers", "support")),
            Map.entry("post /inventory/{id}/adjustments", Set.of("managers")),
            Map.entry("get /inventory/{id}/adjustments", Set.of("staff", "managers", "support")),
            Map.entry("post /inventory/import", Set.of("managers")),
            // h-x: managers create and edit products
            Map.entry("post /inventory", Set.of("managers")),
            Map.entry("put /inventory/{id}", Set.of("managers")),
            Map.entry("get /store-settings", Set.of("staff", "managers", "support")),
            Map.entry("put /store-settings", Set.of("managers")),
            Map.entry("post /orders/{id}/refunds", Set.of("support", "managers")),
            Map.entry("get /orders/{id}/refunds", Set.of("support", "managers")),
            // ADR 0071: the payment of an order paid on delivery was received
            Map.entry("post /orders/{id}/payment-received", Set.of("support", "managers")),
            // ADR 0072: a payment recorded by mistake is undone
            Map.entry("post /orders/{id}/payment-received/undo", Set.of("support", "managers")),
            Map.entry("get /orders/{id}/credit-notes/{refundId}", Set.of("staff", "managers", "support")),
            // issue 12: the customer directory is personal data — export and erasure are managers' only
            Map.entry("get /customers", Set.of("staff", "managers", "support")),
            Map.entry("get /customers/{id}/orders", Set.of("staff", "managers", "support")),
            Map.entry("get /customers/export.csv", Set.of("managers")),
            Map.entry("delete /customers/{id}", Set.of("managers")),
            Map.entry("get /dashboard", Set.of("managers", "staff")),
            Map.entry("get /orders/attention", Set.of("support", "managers")));

    @Test
    void theOpenApiDocumentDescribesEveryRouteOfTheTemplate() throws Exception {
        JsonNode openApi = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Template.INFRA_DIR.resolveSibling("api/src/main/resources/openapi/order-desk.yaml").toFile());
        Set<String> documented = new java.util.TreeSet<>();
        openApi.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                documented.add(method + " " + path.getKey());
            }
        }));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ROLE_TABLE.keySet());
    }

    @Test
    void allowedGroupsFollowTheDesignTable() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) ->
                fn.path("Properties").path("Events").properties().forEach(event -> {
                    if (isSchedule(event.getValue())) {
                        return;
                    }
                    JsonNode props = event.getValue().path("Properties");
                    String route = props.path("Method").asText() + " " + props.path("Path").asText();
                    Set<String> groups = new java.util.TreeSet<>();
                    fn.path("Metadata").path("AllowedGroups").forEach(g -> groups.add(g.asText()));
                    assertThat(groups).as(route).isEqualTo(ROLE_TABLE.get(route));
                }));
    }

    @Test
    void routeFunctionsDeclareTheGroupsAllowed() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) -> {
            boolean route = false;
            for (JsonNode event : fn.path("Properties").path("Events")) {
                route |= !isSchedule(event);
            }
            if (route) {
                assertThat(fn.path("Metadata").path("AllowedGroups").isArray()).as(id).isTrue();
            }
        });
    }

    /** Not a route: the reconciler's timer, or the push notifier's queue (no caller to authorise). */
    private static boolean isSchedule(JsonNode event) {
        return "Schedule".equals(event.path("Type").asText()) || "SQS".equals(event.path("Type").asText());
    }

    @Test
    void receiptsBucketBlocksPublicAccessDeniesPlainHttpAndIsEncrypted() {
        JsonNode bucket = template.resource("ReceiptsBucket").path("Properties");
        JsonNode block = bucket.path("PublicAccessBlockConfiguration");
        for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertThat(block.path(flag).asBoolean()).as(flag).isTrue();
        }
        assertThat(bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").isArray()).isTrue();

        JsonNode statements = template.resource("ReceiptsBucketPolicy").path("Properties").path("PolicyDocument").path("Statement");
        boolean deniesInsecure = false;
        for (JsonNode s : statements) {
            deniesInsecure |= "Deny".equals(s.path("Effect").asText())
                    && "false".equals(s.path("Condition").path("Bool").path("aws:SecureTransport").asText());
        }
        assertThat(deniesInsecure).as("a Deny statement for aws:SecureTransport=false").isTrue();
    }

    @Test
    void functionPoliciesNameTheirResourcesAndActionsExactly() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) -> {
            JsonNode policies = fn.path("Properties").path("Policies");
            assertThat(policies.isArray()).as(id + " has an inline policy").isTrue();
            for (JsonNode policy : policies) {
                assertThat(policy.isObject()).as(id + ": no managed or SAM template policies").isTrue();
                for (JsonNode statement : policy.path("Statement")) {
                    assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
                    for (JsonNode action : statement.path("Action")) {
                        assertThat(action.asText()).as(id).doesNotContain("*").matches("[a-z0-9-]+:[A-Za-z]+"); // service prefixes may hold a dash (execute-api)
                    }
                    for (JsonNode resource : statement.path("Resource")) {
                        assertThat(resource.isTextual() && resource.asText().equals("*")).as(id + " wildcard resource").isFalse();
                        assertThat(referencedResource(resource)).as(id + " resource " + resource).isIn(DATA_RESOURCES.toArray());
                    }
                }
            }
        });
    }

    @Test
    void tracingThrottlingAndAlarmsAreOn() {
        JsonNode globals = template.root.path("Globals");
        assertThat(globals.path("Function").path("Tracing").asText()).isEqualTo("Active");
        assertThat(globals.path("Function").path("Runtime").asText()).isEqualTo("java21");
        assertThat(globals.path("Function").path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(globals.path("Function").path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
        // h-c: Graviton and no platform START/END/REPORT lines for every function (ADR 0044-graviton-and-platform-log-lines)
        assertThat(globals.path("Function").path("Architectures").toString()).isEqualTo("[\"arm64\"]");
        assertThat(globals.path("Function").path("LoggingConfig").path("ApplicationLogLevel").asText()).isEqualTo("INFO");
        assertThat(globals.path("Function").path("LoggingConfig").path("SystemLogLevel").asText()).isEqualTo("WARN");
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, function) -> {
            assertThat(function.path("Properties").has("Architectures")).as(id + " keeps the Globals' architecture").isFalse();
            assertThat(function.path("Properties").has("LoggingConfig")).as(id + " keeps the Globals' logging").isFalse();
        });
        JsonNode api = template.resource("OrderDeskApi").path("Properties");
        assertThat(api.path("TracingEnabled").asBoolean()).isTrue();
        assertThat(api.path("MethodSettings").get(0).path("ThrottlingRateLimit").asInt()).isPositive();
        assertThat(api.path("MethodSettings").get(0).path("ThrottlingBurstLimit").asInt()).isPositive();
        assertThat(template.resource("OrderWorkflow").path("Properties").path("Tracing").path("Enabled").asBoolean()).isTrue();

        Map<String, JsonNode> alarms = template.resourcesOfType("AWS::CloudWatch::Alarm");
        assertThat(alarms.values()).anySatisfy(a -> {
            assertThat(a.path("Properties").path("Namespace").asText()).isEqualTo("AWS/States");
            assertThat(a.path("Properties").path("MetricName").asText()).isEqualTo("ExecutionsFailed");
        });
        assertThat(alarms.values()).anySatisfy(a ->
                assertThat(a.path("Properties").path("MetricName").asText()).isEqualTo("5XXError"));
    }

    /** The logical id a policy resource points at, whatever intrinsic form it uses. */
    private static String referencedResource(JsonNode resource) {
        if (resource.has("Ref")) {
            return resource.path("Ref").asText();
        }
        if (resource.has("Fn::GetAtt")) {
            return resource.path("Fn::GetAtt").get(0).asText();
        }
        if (resource.has("Fn::Sub")) {
            String text = resource.path("Fn::Sub").asText();
            if (text.matches("arn:\\$\\{AWS::Partition}:ses:\\$\\{AWS::Region}:\\$\\{AWS::AccountId}:identity/\\*")) {
                return SES_IDENTITIES; // SES scopes sending by identity; the sender is a stack parameter.
            }
            return text.replaceAll("^.*?\\$\\{([A-Za-z]+)[.}].*$", "$1");
        }
        return resource.asText();
    }
}
