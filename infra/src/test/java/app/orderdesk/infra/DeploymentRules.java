package app.orderdesk.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule per class of defect a real deployment hits and the local cloud cannot notice. Each rule reads
 * any template tree (all alarms, all functions, all data stores: nothing is named) and returns its
 * violations as sentences, so tests can run it on the template and on mutated copies.
 */
final class DeploymentRules {

    /** API Gateway's integration timeout for REST APIs (and the HTTP API's 30 s, rounded down). */
    static final int API_INTEGRATION_LIMIT_SECONDS = 29;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OBSERVABILITY_TYPES = Set.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::Dashboard",
            "AWS::CloudWatch::CompositeAlarm", "AWS::Logs::LogGroup", "AWS::Logs::MetricFilter", "AWS::Logs::SubscriptionFilter");
    private static final Set<String> DATA_STORE_TYPES = Set.of("AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable",
            "AWS::Serverless::SimpleTable", "AWS::S3::Bucket", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::EFS::FileSystem");
    private static final Set<String> API_TYPES = Set.of("AWS::Serverless::Api", "AWS::ApiGateway::RestApi");
    private static final Pattern DASHBOARD_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final JsonNode template;
    private final JsonNode resources;

    DeploymentRules(JsonNode template) {
        this.template = template;
        this.resources = template.path("Resources");
    }

    // ---------- 1. alarm (and dashboard) dimensions name resources of this stack ----------

    /**
     * Every dimension of an AWS/* metric in an alarm or the dashboard resolves to a resource this stack
     * creates, under the name CloudWatch publishes it with. Custom namespaces are the code's own: not judged.
     */
    List<String> alarmDimensionsNameStackResources() {
        List<String> violations = new ArrayList<>();
        forEachOfType("AWS::CloudWatch::Alarm", (id, alarm) -> {
            JsonNode p = alarm.path("Properties");
            checkMetric(id, p.path("Namespace").asText(), p.path("MetricName").asText(), p.path("Dimensions"), violations);
            for (JsonNode query : p.path("Metrics")) {
                JsonNode metric = query.path("MetricStat").path("Metric");
                if (!metric.isMissingNode()) {
                    checkMetric(id, metric.path("Namespace").asText(), metric.path("MetricName").asText(), metric.path("Dimensions"), violations);
                }
            }
        });
        forEachOfType("AWS::CloudWatch::Dashboard", (id, dashboard) -> {
            for (JsonNode metric : dashboardMetrics(id, dashboard.path("Properties").path("DashboardBody"), violations)) {
                // ["Namespace", "MetricName", "Dim1", "Value1", ..., {rendering options}]
                ArrayNode dimensions = JSON.createArrayNode();
                for (int i = 2; i + 1 < metric.size() && metric.get(i).isTextual(); i += 2) {
                    dimensions.addObject().put("Name", metric.get(i).asText()).set("Value", fromPlaceholder(metric.get(i + 1)));
                }
                checkMetric(id, metric.path(0).asText(), metric.path(1).asText(), dimensions, violations);
            }
        });
        return violations;
    }

    private void checkMetric(String owner, String namespace, String metricName, JsonNode dimensions, List<String> violations) {
        if (!namespace.startsWith("AWS/")) {
            return;
        }
        for (JsonNode dimension : dimensions) {
            String name = dimension.path("Name").asText();
            JsonNode value = dimension.path("Value");
            String problem = dimensionProblem(name, value);
            if (problem != null) {
                violations.add(owner + ": " + namespace + " " + metricName + " dimension " + name + "=" + value + " " + problem);
            }
        }
    }

    /** Null when the dimension names a resource of this stack as CloudWatch publishes it; else why not. */
    private String dimensionProblem(String name, JsonNode value) {
        switch (name) {
            case "ApiName": {
                Set<String> names = new LinkedHashSet<>();
                forEachOfType(API_TYPES, (id, api) -> names.add(api.path("Properties").path("Name").asText("(unnamed " + id + ")")));
                return value.isTextual() && names.contains(value.asText()) ? null
                        : "is no API name of this stack (APIs are named " + names + "; Ref of an API is its id, not its name)";
            }
            case "Stage": {
                Set<String> stages = new LinkedHashSet<>();
                forEachOfType("AWS::Serverless::Api", (id, api) -> stages.add(api.path("Properties").path("StageName").asText()));
                return value.isTextual() && stages.contains(value.asText()) ? null : "is no stage of this stack's APIs " + stages;
            }
            case "StateMachineArn":
                return refTo(value, "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine") ? null
                        : "must be {\"Ref\": <state machine>} (Ref of a state machine is its ARN)";
            case "QueueName":
                return getAttTo(value, "QueueName", "AWS::SQS::Queue") || literalNameOf(value, "QueueName", "AWS::SQS::Queue") ? null
                        : "must be {\"Fn::GetAtt\": [<queue>, QueueName]} (Ref of a queue is its URL)";
            case "FunctionName":
                return refTo(value, "AWS::Serverless::Function", "AWS::Lambda::Function")
                        || literalNameOf(value, "FunctionName", "AWS::Serverless::Function", "AWS::Lambda::Function") ? null
                        : "must be {\"Ref\": <function>}";
            case "TableName":
                return refTo(value, "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable") ? null : "must be {\"Ref\": <table>}";
            case "TopicName":
                return getAttTo(value, "TopicName", "AWS::SNS::Topic") ? null : "must be {\"Fn::GetAtt\": [<topic>, TopicName]}";
            case "BucketName":
                return refTo(value, "AWS::S3::Bucket") ? null : "must be {\"Ref\": <bucket>}";
            default:
                return "has no rule here: teach DeploymentRules how CloudWatch names this dimension";
        }
    }

    private boolean refTo(JsonNode value, String... types) {
        return value.path("Ref").isTextual() && isOfType(value.path("Ref").asText(), types);
    }

    private boolean getAttTo(JsonNode value, String attribute, String... types) {
        JsonNode args = value.path("Fn::GetAtt");
        return args.isArray() && args.size() == 2 && attribute.equals(args.get(1).asText()) && isOfType(args.get(0).asText(), types);
    }

    private boolean literalNameOf(JsonNode value, String nameProperty, String... types) {
        if (!value.isTextual()) {
            return false;
        }
        Set<String> names = new HashSet<>();
        forEachOfType(Set.of(types), (id, r) -> names.add(r.path("Properties").path(nameProperty).asText()));
        return names.contains(value.asText());
    }

    /** The metric arrays of a dashboard body ({@code Fn::Sub} text or plain text); ${X} become placeholders. */
    private List<JsonNode> dashboardMetrics(String owner, JsonNode body, List<String> violations) {
        String text = body.path("Fn::Sub").isTextual() ? body.path("Fn::Sub").asText() : body.asText();
        Matcher m = DASHBOARD_VARIABLE.matcher(text);
        String json = m.replaceAll(r -> Matcher.quoteReplacement("\u00a7" + r.group(1) + "\u00a7"));
        List<JsonNode> metrics = new ArrayList<>();
        try {
            Intrinsics.walk(JSON.readTree(json), "", (node, path) -> {
                if (path.endsWith("/metrics") && node.isArray()) {
                    node.forEach(metrics::add);
                }
            });
        } catch (IOException e) {
            violations.add(owner + ": DashboardBody is not JSON: " + e.getMessage());
        }
        return metrics;
    }

    /** "§X§" → {"Ref": X}, "§X.Attr§" → {"Fn::GetAtt": [X, Attr]}; anything else as it is. */
    private static JsonNode fromPlaceholder(JsonNode value) {
        String text = value.asText();
        if (!(text.startsWith("\u00a7") && text.endsWith("\u00a7") && text.length() > 2)) {
            return value;
        }
        String variable = text.substring(1, text.length() - 1);
        int dot = variable.indexOf('.');
        if (dot > 0) {
            ObjectNode getAtt = JSON.createObjectNode();
            getAtt.putArray("Fn::GetAtt").add(variable.substring(0, dot)).add(variable.substring(dot + 1));
            return getAtt;
        }
        return JSON.createObjectNode().put("Ref", variable);
    }

    // ---------- 2. SnapStart functions are invoked through a published version or alias ----------

    /**
     * SnapStart applies only to published versions: every SnapStart function publishes one
     * (AutoPublishAlias, to which SAM also points its events), and outside alarms and dashboards nothing
     * names the function's unqualified ARN or name ($LATEST) — only {@code Fn.Alias} or {@code Fn.Version}.
     */
    List<String> snapStartFunctionsAreInvokedThroughAnAlias() {
        List<String> violations = new ArrayList<>();
        JsonNode globals = template.path("Globals").path("Function");
        Set<String> snapStart = new LinkedHashSet<>();
        forEachOfType(Set.of("AWS::Serverless::Function", "AWS::Lambda::Function"), (id, fn) -> {
            JsonNode p = fn.path("Properties");
            boolean serverless = "AWS::Serverless::Function".equals(fn.path("Type").asText());
            JsonNode snap = p.has("SnapStart") ? p.get("SnapStart") : serverless ? globals.path("SnapStart") : p.path("SnapStart");
            if ("PublishedVersions".equals(snap.path("ApplyOn").asText())) {
                snapStart.add(id);
                boolean alias = p.has("AutoPublishAlias") || serverless && globals.has("AutoPublishAlias");
                if (serverless && !alias) {
                    violations.add(id + " has SnapStart but no AutoPublishAlias: no version is published, every invoker runs $LATEST");
                }
            }
        });
        resources.properties().forEach(e -> {
            if (OBSERVABILITY_TYPES.contains(e.getValue().path("Type").asText())) {
                return;
            }
            for (Intrinsics.Reference r : Intrinsics.references(e.getValue(), "")) {
                boolean qualified = r.attribute() != null && ("Alias".equals(r.attribute()) || "Version".equals(r.attribute()))
                        && !"Fn::GetAtt".equals(r.kind());
                if (snapStart.contains(r.target()) && !qualified && !e.getKey().equals(r.target())) {
                    violations.add(e.getKey() + " names SnapStart function " + r.target() + " unqualified (" + r.kind() + " "
                            + r.text() + " at " + r.where() + "): use {\"Ref\": \"" + r.target() + ".Alias\"}");
                }
            }
        });
        return violations;
    }

    // ---------- 3. alarms notify topics CloudWatch can publish to ----------

    /**
     * Every action of every alarm is a topic of this stack that CloudWatch can publish to: unencrypted, or
     * encrypted with a key of this stack whose policy lets cloudwatch.amazonaws.com use it. The AWS-managed
     * aws/sns key (or any key the template cannot show) does not.
     */
    List<String> alarmTopicsArePublishableByCloudWatch() {
        List<String> violations = new ArrayList<>();
        forEachOfType(Set.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm"), (id, alarm) -> {
            for (String actions : List.of("AlarmActions", "OKActions", "InsufficientDataActions")) {
                for (JsonNode action : alarm.path("Properties").path(actions)) {
                    String topic = action.path("Ref").asText(null);
                    if (topic == null || !isOfType(topic, "AWS::SNS::Topic")) {
                        violations.add(id + ": " + actions + " " + action + " is not {\"Ref\": <topic of this stack>}");
                        continue;
                    }
                    String problem = topicProblem(topic);
                    if (problem != null) {
                        violations.add(id + " notifies " + topic + ", " + problem);
                    }
                }
            }
        });
        return violations;
    }

    private String topicProblem(String topic) {
        JsonNode key = resources.path(topic).path("Properties").path("KmsMasterKeyId");
        if (key.isMissingNode()) {
            return null;
        }
        String keyId = key.path("Ref").asText(null);
        if (keyId == null && key.path("Fn::GetAtt").isArray()) {
            keyId = key.path("Fn::GetAtt").get(0).asText();
        }
        if (keyId == null || !isOfType(keyId, "AWS::KMS::Key")) {
            return "which is encrypted with " + key + ": CloudWatch cannot use the AWS-managed aws/sns key, and this"
                    + " template cannot show another key lets it; use a customer-managed AWS::KMS::Key of this stack";
        }
        for (JsonNode statement : resources.path(keyId).path("Properties").path("KeyPolicy").path("Statement")) {
            Set<String> principals = texts(statement.path("Principal").path("Service"));
            Set<String> actions = texts(statement.path("Action"));
            if ("Allow".equals(statement.path("Effect").asText()) && principals.contains("cloudwatch.amazonaws.com")
                    && (actions.contains("kms:GenerateDataKey*") || actions.contains("kms:GenerateDataKey"))
                    && actions.contains("kms:Decrypt")) {
                return null;
            }
        }
        return "whose key " + keyId + " does not allow cloudwatch.amazonaws.com kms:GenerateDataKey* and kms:Decrypt";
    }

    // ---------- 4. data stores survive stack deletion ----------

    /** Every table and bucket is retained when the stack is deleted and when an update would replace it. */
    List<String> dataStoresAreRetained() {
        List<String> violations = new ArrayList<>();
        forEachOfType(DATA_STORE_TYPES, (id, store) -> {
            for (String policy : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
                String value = store.path(policy).asText("Delete (default)");
                if (!Set.of("Retain", "Snapshot", "RetainExceptOnCreate").contains(value)) {
                    violations.add(id + " (" + store.path("Type").asText() + ") has " + policy + " " + value + ": its data would be deleted");
                }
            }
        });
        return violations;
    }

    // ---------- 5. no integration outlives API Gateway's limit ----------

    /** No function an API invokes may run longer than API Gateway waits (the caller would see 504 while it works on). */
    List<String> apiFunctionsFitTheIntegrationTimeout() {
        List<String> violations = new ArrayList<>();
        JsonNode globals = template.path("Globals").path("Function");
        forEachOfType("AWS::Serverless::Function", (id, fn) -> {
            boolean behindApi = false;
            for (JsonNode event : fn.path("Properties").path("Events")) {
                behindApi |= Set.of("Api", "HttpApi").contains(event.path("Type").asText());
            }
            if (!behindApi) {
                return;
            }
            JsonNode timeout = fn.path("Properties").has("Timeout") ? fn.path("Properties").get("Timeout") : globals.path("Timeout");
            if (timeout.path("Ref").isTextual()) {
                timeout = template.path("Parameters").path(timeout.path("Ref").asText()).path("MaxValue");
            }
            int seconds = timeout.isMissingNode() ? 3 : timeout.asInt(Integer.MAX_VALUE);
            if (seconds > API_INTEGRATION_LIMIT_SECONDS) {
                violations.add(id + " is invoked by API Gateway but its Timeout is " + (timeout.isMissingNode() ? "3" : timeout.toString())
                        + " s, beyond API Gateway's " + API_INTEGRATION_LIMIT_SECONDS + " s integration limit");
            }
        });
        return violations;
    }

    // ---------- 6. API logging has the account's CloudWatch role ----------

    /**
     * An API stage that logs (execution logging, data trace or access logs) needs the account-level API
     * Gateway CloudWatch role: an AWS::ApiGateway::Account of this stack naming a role API Gateway may
     * assume, which can write logs, created before the stage (the API depends on it).
     */
    List<String> apiLoggingHasTheAccountRole() {
        List<String> violations = new ArrayList<>();
        forEachOfType(Set.of("AWS::Serverless::Api", "AWS::ApiGateway::Stage"), (id, api) -> {
            JsonNode p = api.path("Properties");
            boolean logs = p.has("AccessLogSetting");
            for (JsonNode setting : p.path("MethodSettings")) {
                logs |= Set.of("INFO", "ERROR").contains(setting.path("LoggingLevel").asText()) || setting.path("DataTraceEnabled").asBoolean();
            }
            if (!logs) {
                return;
            }
            List<String> accounts = new ArrayList<>();
            forEachOfType("AWS::ApiGateway::Account", (accountId, account) -> {
                String problem = accountRoleProblem(account);
                if (problem != null) {
                    violations.add(accountId + ": " + problem);
                }
                accounts.add(accountId);
            });
            if (accounts.isEmpty()) {
                violations.add(id + " logs to CloudWatch but the stack sets no AWS::ApiGateway::Account CloudWatch role:"
                        + " the stage fails to create in an account that has none");
            } else if (accounts.stream().noneMatch(a -> dependsOn(id, a))) {
                violations.add(id + " logs to CloudWatch but does not depend on " + accounts + ": the stage may be created before the role is set");
            }
        });
        return violations;
    }

    private String accountRoleProblem(JsonNode account) {
        JsonNode roleArn = account.path("Properties").path("CloudWatchRoleArn").path("Fn::GetAtt");
        if (!roleArn.isArray() || !"Arn".equals(roleArn.path(1).asText()) || !isOfType(roleArn.path(0).asText(), "AWS::IAM::Role")) {
            return "CloudWatchRoleArn must be {\"Fn::GetAtt\": [<role of this stack>, Arn]}";
        }
        JsonNode role = resources.path(roleArn.path(0).asText()).path("Properties");
        boolean trusted = false;
        for (JsonNode statement : role.path("AssumeRolePolicyDocument").path("Statement")) {
            trusted |= "Allow".equals(statement.path("Effect").asText())
                    && texts(statement.path("Principal").path("Service")).contains("apigateway.amazonaws.com")
                    && texts(statement.path("Action")).contains("sts:AssumeRole");
        }
        boolean writesLogs = role.path("ManagedPolicyArns").toString().contains("AmazonAPIGatewayPushToCloudWatchLogs");
        for (JsonNode policy : role.path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                writesLogs |= texts(statement.path("Action")).contains("logs:PutLogEvents");
            }
        }
        if (!trusted) {
            return "role " + roleArn.path(0).asText() + " does not let apigateway.amazonaws.com assume it";
        }
        return writesLogs ? null : "role " + roleArn.path(0).asText() + " cannot write CloudWatch Logs";
    }

    /** Whether {@code from} depends on {@code to} through DependsOn, Ref, GetAtt or Sub, directly or not. */
    private boolean dependsOn(String from, String to) {
        Deque<String> pending = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            JsonNode resource = resources.path(current);
            JsonNode dependsOn = resource.path("DependsOn");
            List<String> next = new ArrayList<>(texts(dependsOn));
            Intrinsics.references(resource.path("Properties"), "").forEach(r -> next.add(r.target()));
            if (next.contains(to)) {
                return true;
            }
            pending.addAll(next);
        }
        return false;
    }

    // ---------- helpers ----------

    private boolean isOfType(String logicalId, String... types) {
        return Set.of(types).contains(resources.path(logicalId).path("Type").asText());
    }

    private void forEachOfType(String type, BiConsumer<String, JsonNode> action) {
        forEachOfType(Set.of(type), action);
    }

    private void forEachOfType(Set<String> types, BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> e : resources.properties()) {
            if (types.contains(e.getValue().path("Type").asText())) {
                action.accept(e.getKey(), e.getValue());
            }
        }
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }
}
