package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The SAM template as a {@link StackModel}, with SAM's semantics: Globals merged into every function
 * and API, the alias AutoPublishAlias creates (and called by the API events), the grants SAM adds to
 * every function role (logs, X-Ray when tracing is active, the on-failure destination), and every
 * Ref/GetAtt/Sub reduced to the logical id it names.
 */
public final class SamModel {

    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final JsonNode root;
    private final JsonNode resources;
    private final Path templateDir;
    private final Map<String, String> aliasOf = new HashMap<>();
    private final StackModel model = new StackModel();
    private final SamReferences refs;

    private SamModel(JsonNode root, Path templateDir) {
        templateDir = templateDir.toAbsolutePath().normalize();
        this.root = root;
        this.resources = root.path("Resources");
        this.templateDir = templateDir;
        resources.properties().forEach(r -> {
            if (r.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
                String alias = function(r.getValue()).path("AutoPublishAlias").asText("");
                if (!alias.isEmpty()) {
                    aliasOf.put(r.getKey(), alias);
                }
            }
        });
        this.refs = new SamReferences(aliasOf);
    }

    public static StackModel of(JsonNode template, Path templateDir) {
        SamModel sam = new SamModel(template, templateDir);
        sam.build();
        return sam.model;
    }

    private void build() {
        resources.properties().forEach(entry -> {
            String id = entry.getKey();
            JsonNode r = entry.getValue();
            JsonNode p = r.path("Properties");
            switch (r.path("Type").asText()) {
                case "AWS::DynamoDB::Table" -> table(id, r, p);
                case "AWS::S3::Bucket" -> bucket(id, r, p);
                case "AWS::S3::BucketPolicy" -> policyStatements("bucket-policy " + refs.norm(p.path("Bucket")), p.path("PolicyDocument"));
                case "AWS::SNS::Topic" -> model.put("topic " + id + " kms", refs.norm(p.path("KmsMasterKeyId")));
                case "AWS::KMS::Key" -> {
                    model.put("kms-key " + id + " rotation", p.path("EnableKeyRotation").asBoolean(false));
                    policyStatements("kms-key " + id + " policy", p.path("KeyPolicy"));
                }
                case "AWS::SQS::Queue" -> {
                    model.put("queue " + id + " retention", p.path("MessageRetentionPeriod").asText("345600"));
                    model.put("queue " + id + " sse", p.path("SqsManagedSseEnabled").asBoolean(false));
                }
                case "AWS::Cognito::UserPool" -> userPool(id, p);
                case "AWS::Cognito::UserPoolClient" -> userPoolClient(id, p);
                case "AWS::Cognito::UserPoolGroup" -> model.put("user-pool-group " + id,
                        p.path("GroupName").asText() + " in " + refs.norm(p.path("UserPoolId")) + ": " + p.path("Description").asText());
                case "AWS::Serverless::Api" -> api(id, merged(root.path("Globals").path("Api"), p));
                case "AWS::ApiGateway::Account" -> model.put("api-account cloudwatch-role", refs.norm(p.path("CloudWatchRoleArn")));
                case "AWS::IAM::Role" -> role(id, p);
                case "AWS::Serverless::StateMachine" -> stateMachine(id, p);
                case "AWS::Serverless::Function" -> function(id, function(r));
                case "AWS::CloudWatch::Alarm" -> alarm(id, p);
                case "AWS::Logs::LogGroup" -> model.put("log-group " + id + " retention days", p.path("RetentionInDays").asText("never expire"));
                case "AWS::CloudWatch::Dashboard" -> dashboard(id, p);
                // live updates: the WebSocket API, its queue policy and subscription
                case "AWS::SQS::QueuePolicy" -> p.path("Queues").forEach(q -> policyStatements("queue-policy " + refs.norm(q), p.path("PolicyDocument")));
                case "AWS::SNS::Subscription" -> model.put("subscription " + id, refs.norm(p.path("TopicArn")) + " " + p.path("Protocol").asText()
                        + " " + refs.norm(p.path("Endpoint")) + "; raw " + p.path("RawMessageDelivery").asBoolean(false)
                        + "; dead-letter " + refs.norm(p.path("RedrivePolicy").path("deadLetterTargetArn")));
                case "AWS::ApiGatewayV2::Api" -> model.put("websocket-api " + id, p.path("ProtocolType").asText() + "; name "
                        + p.path("Name").asText() + "; route selection " + p.path("RouteSelectionExpression").asText());
                case "AWS::ApiGatewayV2::Stage" -> model.put("websocket-stage " + id, refs.norm(p.path("ApiId")) + " " + p.path("StageName").asText()
                        + "; auto deploy " + p.path("AutoDeploy").asBoolean(false) + "; throttling " + p.path("DefaultRouteSettings").path("ThrottlingRateLimit").asText()
                        + "/" + p.path("DefaultRouteSettings").path("ThrottlingBurstLimit").asText());
                case "AWS::ApiGatewayV2::Integration" -> model.put("websocket-integration " + id, refs.norm(p.path("ApiId")) + " "
                        + p.path("IntegrationType").asText() + " invokes " + invokedFunction(refs.norm(p.path("IntegrationUri"))));
                case "AWS::ApiGatewayV2::Route" -> model.put("websocket-route " + p.path("RouteKey").asText(), refs.norm(p.path("ApiId"))
                        + " auth " + p.path("AuthorizationType").asText("NONE") + " target " + refs.norm(p.path("Target"))
                        + " response " + p.path("RouteResponseSelectionExpression").asText("none"));
                case "AWS::ApiGatewayV2::RouteResponse" -> model.put("websocket-route-response " + refs.norm(p.path("RouteId")),
                        refs.norm(p.path("ApiId")) + " " + p.path("RouteResponseKey").asText());
                case "AWS::Lambda::Permission" -> model.put("lambda-permission " + id, refs.norm(p.path("FunctionName")) + " "
                        + p.path("Action").asText() + " for " + p.path("Principal").asText() + " from " + refs.norm(p.path("SourceArn")));
                default -> model.put("resource " + id + " (" + r.path("Type").asText() + ")", "not compared");
            }
        });
        root.path("Outputs").properties().forEach(o -> model.put("output " + o.getKey(), refs.norm(o.getValue().path("Value"))));
    }

    private JsonNode function(JsonNode resource) {
        return merged(root.path("Globals").path("Function"), resource.path("Properties"));
    }

    // ---------- data ----------

    private void table(String id, JsonNode r, JsonNode p) {
        String t = "table " + id;
        model.put(t + " billing", p.path("BillingMode").asText("PROVISIONED"));
        model.put(t + " key", keys(p.path("KeySchema")));
        p.path("AttributeDefinitions").forEach(a -> model.put(t + " attribute " + a.path("AttributeName").asText(), a.path("AttributeType").asText()));
        p.path("GlobalSecondaryIndexes").forEach(i -> model.put(t + " index " + i.path("IndexName").asText(),
                keys(i.path("KeySchema")) + "; projection " + projection(i.path("Projection"))));
        p.path("LocalSecondaryIndexes").forEach(i -> model.put(t + " local index " + i.path("IndexName").asText(),
                keys(i.path("KeySchema")) + "; projection " + projection(i.path("Projection"))));
        model.put(t + " point-in-time recovery", p.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean(false));
        model.put(t + " encryption", p.path("SSESpecification").path("SSEEnabled").asBoolean(false));
        JsonNode ttl = p.path("TimeToLiveSpecification");
        model.put(t + " ttl", ttl.path("Enabled").asBoolean(false) ? ttl.path("AttributeName").asText() : "off");
        model.put(t + " stream", p.path("StreamSpecification").path("StreamViewType").asText("off"));
        model.put(t + " retained", retained(r));
    }

    private static String keys(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(k -> keys.add(k.path("AttributeName").asText() + " " + k.path("KeyType").asText()));
        keys.sort((a, b) -> a.endsWith("HASH") ? -1 : b.endsWith("HASH") ? 1 : 0);
        return String.join(", ", keys);
    }

    private static String projection(JsonNode projection) {
        List<String> nonKey = new ArrayList<>();
        projection.path("NonKeyAttributes").forEach(a -> nonKey.add(a.asText()));
        nonKey.sort(null);
        return projection.path("ProjectionType").asText("ALL") + (nonKey.isEmpty() ? "" : " " + nonKey);
    }

    private static boolean retained(JsonNode r) {
        return r.path("DeletionPolicy").asText().equals("Retain") && r.path("UpdateReplacePolicy").asText().equals("Retain");
    }

    private void bucket(String id, JsonNode r, JsonNode p) {
        String b = "bucket " + id;
        JsonNode block = p.path("PublicAccessBlockConfiguration");
        model.put(b + " public access block", "BlockPublicAcls=" + block.path("BlockPublicAcls").asBoolean(false)
                + " BlockPublicPolicy=" + block.path("BlockPublicPolicy").asBoolean(false)
                + " IgnorePublicAcls=" + block.path("IgnorePublicAcls").asBoolean(false)
                + " RestrictPublicBuckets=" + block.path("RestrictPublicBuckets").asBoolean(false));
        JsonNode sse = p.path("BucketEncryption").path("ServerSideEncryptionConfiguration").path(0).path("ServerSideEncryptionByDefault");
        model.put(b + " encryption", sse.path("SSEAlgorithm").asText("none") + (sse.has("KMSMasterKeyID") ? " " + refs.norm(sse.path("KMSMasterKeyID")) : ""));
        model.put(b + " versioning", p.path("VersioningConfiguration").path("Status").asText("off"));
        model.put(b + " ownership", p.path("OwnershipControls").path("Rules").path(0).path("ObjectOwnership").asText("none"));
        model.put(b + " retained", retained(r));
    }

    // ---------- identity ----------

    private void userPool(String id, JsonNode p) {
        String u = "user-pool " + id;
        model.put(u + " name", p.path("UserPoolName").asText());
        model.put(u + " username attributes", texts(p.path("UsernameAttributes")));
        model.put(u + " auto-verified attributes", texts(p.path("AutoVerifiedAttributes")));
        model.put(u + " admin creates users only", p.path("AdminCreateUserConfig").path("AllowAdminCreateUserOnly").asBoolean(false));
        p.path("Policies").path("PasswordPolicy").properties().forEach(pp ->
                model.put(u + " password " + snake(pp.getKey()), pp.getValue().asText()));
    }

    private void userPoolClient(String id, JsonNode p) {
        String c = "user-pool-client " + id;
        model.put(c + " name", p.path("ClientName").asText());
        model.put(c + " pool", refs.norm(p.path("UserPoolId")));
        model.put(c + " auth flows", texts(p.path("ExplicitAuthFlows")));
        model.put(c + " secret", p.path("GenerateSecret").asBoolean(false));
        model.put(c + " prevent user existence errors", p.path("PreventUserExistenceErrors").asText("LEGACY"));
        JsonNode units = p.path("TokenValidityUnits");
        model.put(c + " access token validity", p.path("AccessTokenValidity").asText() + " " + units.path("AccessToken").asText("hours"));
        model.put(c + " id token validity", p.path("IdTokenValidity").asText() + " " + units.path("IdToken").asText("hours"));
        model.put(c + " refresh token validity", p.path("RefreshTokenValidity").asText() + " " + units.path("RefreshToken").asText("days"));
    }

    private void role(String id, JsonNode p) {
        policyStatements("role " + id + " trust", p.path("AssumeRolePolicyDocument"));
        p.path("ManagedPolicyArns").forEach(arn -> model.add("role " + id + " managed policies", managedName(refs.norm(arn))));
        p.path("Policies").forEach(policy -> policyStatements("role " + id + " policy", policy.path("PolicyDocument")));
    }

    // ---------- API ----------

    private void api(String id, JsonNode p) {
        String a = "api " + id;
        model.put(a + " name", p.path("Name").asText("(generated)"));
        model.put(a + " stage", p.path("StageName").asText());
        model.put(a + " tracing", p.path("TracingEnabled").asBoolean(false));
        JsonNode endpoint = p.path("EndpointConfiguration");
        model.put(a + " endpoint", endpoint.isTextual() ? endpoint.asText() : endpoint.path("Type").asText("EDGE"));
        p.path("MethodSettings").forEach(s -> model.put(a + " method settings " + s.path("ResourcePath").asText() + " " + s.path("HttpMethod").asText(),
                "burst " + s.path("ThrottlingBurstLimit").asText("-") + ", rate " + s.path("ThrottlingRateLimit").asText("-")
                        + ", metrics " + s.path("MetricsEnabled").asBoolean(false) + ", logging " + s.path("LoggingLevel").asText("OFF")
                        + ", data trace " + s.path("DataTraceEnabled").asBoolean(false)));
        p.path("Auth").path("Authorizers").properties().forEach(auth -> {
            JsonNode v = auth.getValue();
            if (v.has("UserPoolArn")) {
                model.put(a + " authorizer " + auth.getKey(), "COGNITO_USER_POOLS pool=" + refs.norm(v.path("UserPoolArn"))
                        + " header=" + v.path("Identity").path("Header").asText("Authorization"));
            } else {
                model.put(a + " authorizer " + auth.getKey(), "Lambda " + refs.norm(v.path("FunctionArn")));
            }
        });
        p.path("GatewayResponses").properties().forEach(gr -> model.put(a + " gateway response " + gr.getKey(),
                "status " + gr.getValue().path("StatusCode").asText("default") + " templates " + canonical(gr.getValue().path("ResponseTemplates"))));
    }

    // ---------- workflow ----------

    private void stateMachine(String id, JsonNode p) {
        String s = "state machine " + id;
        model.put(s + " definition", templateDir.relativize(templateDir.resolve(p.path("DefinitionUri").asText()).normalize()));
        model.put(s + " type", p.path("Type").asText("STANDARD"));
        model.put(s + " tracing", p.path("Tracing").path("Enabled").asBoolean(false));
        JsonNode logging = p.path("Logging");
        model.put(s + " logging", logging.path("Level").asText("OFF") + ", execution data " + logging.path("IncludeExecutionData").asBoolean(false)
                + ", to " + refs.norm(logging.path("Destinations").path(0).path("CloudWatchLogsLogGroup").path("LogGroupArn")));
        p.path("DefinitionSubstitutions").properties().forEach(sub -> model.put(s + " substitution " + sub.getKey(), refs.norm(sub.getValue())));
        p.path("Policies").forEach(policy -> grants(s + " iam", policy));
    }

    // ---------- functions ----------

    private void function(String id, JsonNode p) {
        String f = "function " + id;
        model.put(f + " handler", p.path("Handler").asText());
        model.put(f + " description", p.path("Description").asText());
        model.put(f + " runtime", p.path("Runtime").asText());
        model.put(f + " architectures", texts(p.path("Architectures")).isEmpty() ? "x86_64" : texts(p.path("Architectures")));
        model.put(f + " memory", p.path("MemorySize").asText("128"));
        model.put(f + " timeout", p.path("Timeout").asText("3"));
        model.put(f + " tracing", p.path("Tracing").asText("PassThrough"));
        model.put(f + " snapstart", p.path("SnapStart").path("ApplyOn").asText("None"));
        model.put(f + " log format", p.path("LoggingConfig").path("LogFormat").asText("Text"));
        // h-c: the log levels (only with JSON; AWS's defaults INFO/INFO otherwise)
        model.put(f + " application log level", p.path("LoggingConfig").path("ApplicationLogLevel").asText("INFO"));
        model.put(f + " system log level", p.path("LoggingConfig").path("SystemLogLevel").asText("INFO"));
        model.put(f + " alias", aliasOf.getOrDefault(id, "none"));
        // Paths relative to the template's own repository: the template may come from another worktree.
        model.put(f + " code", templateDir.getParent().relativize(templateDir.resolve(p.path("CodeUri").asText()).normalize()));
        p.path("Environment").path("Variables").properties().forEach(v -> model.put(f + " env " + v.getKey(), refs.norm(v.getValue())));
        JsonNode async = p.path("EventInvokeConfig");
        if (!async.isMissingNode()) {
            model.put(f + " async retries", async.path("MaximumRetryAttempts").asText("2"));
            model.put(f + " async max event age", async.path("MaximumEventAgeInSeconds").asText("21600"));
            JsonNode onFailure = async.path("DestinationConfig").path("OnFailure");
            if (!onFailure.isMissingNode()) {
                String destination = refs.norm(onFailure.path("Destination"));
                model.put(f + " async on failure", destination);
                // SAM grants the function role the right to send to its on-failure destination.
                String action = switch (onFailure.path("Type").asText()) {
                    case "SQS" -> "sqs:SendMessage";
                    case "SNS" -> "sns:Publish";
                    case "Lambda" -> "lambda:InvokeFunction";
                    default -> "events:PutEvents";
                };
                model.add(f + " iam Allow " + action, destination);
            }
        }
        // SAM attaches these managed policies to every function role it creates.
        model.add(f + " iam managed policies", "AWSLambdaBasicExecutionRole");
        if (p.path("Tracing").asText().equals("Active")) {
            model.add(f + " iam managed policies", "AWSXrayWriteOnlyAccess");
        }
        p.path("Policies").forEach(policy -> grants(f + " iam", policy));
        p.path("Events").properties().forEach(event -> {
            JsonNode e = event.getValue();
            JsonNode ep = e.path("Properties");
            switch (e.path("Type").asText()) {
                case "Api" -> {
                    String apiId = ep.has("RestApiId") ? refs.norm(ep.path("RestApiId")) : "{ServerlessRestApi}";
                    String api = apiId.substring(1, apiId.length() - 1);
                    String authorizer = ep.path("Auth").path("Authorizer")
                            .asText(resources.path(api).path("Properties").path("Auth").path("DefaultAuthorizer").asText("NONE"));
                    model.put("route " + ep.path("Method").asText().toUpperCase() + " " + ep.path("Path").asText(),
                            invoked(id) + " on " + apiId + " auth " + (authorizer.equals("NONE") ? "none" : "{" + authorizer + "}")
                                    // SAM adds the lambda permission for each Api event, on the alias it calls.
                                    + "; API may invoke " + invoked(id));
                }
                case "SQS" -> {
                    model.put(f + " sqs event source", refs.norm(ep.path("Queue")) + " batch " + ep.path("BatchSize").asText("10")
                            + " window " + ep.path("MaximumBatchingWindowInSeconds").asText("0") + " responses " + list(ep.path("FunctionResponseTypes"))
                            + " calls " + invoked(id));
                    // SAM attaches the SQS poller's managed policy to a function with an SQS event.
                    model.add(f + " iam managed policies", "AWSLambdaSQSQueueExecutionRole");
                }
                case "Schedule", "ScheduleV2" -> model.add(f + " schedules",
                        ep.path("Schedule").asText(ep.path("ScheduleExpression").asText()) + " calls " + invoked(id)
                                + (ep.path("Enabled").asBoolean(true) && !ep.path("State").asText().equals("DISABLED") ? "" : " (disabled)"));
                default -> model.put(f + " event " + event.getKey(), e.path("Type").asText() + " (not compared)");
            }
        });
    }

    /** The function an integration URI ({@code …/functions/{Fn:live}/invocations}) names. */
    static String invokedFunction(String uri) {
        Matcher m = java.util.regex.Pattern.compile("functions/(\\{[^}]+})/invocations").matcher(uri);
        return m.find() ? m.group(1) : uri;
    }

    /** What an event source calls: the alias when SAM publishes one. */
    private String invoked(String function) {
        return aliasOf.containsKey(function) ? "{" + function + ":" + aliasOf.get(function) + "}" : "{" + function + "}";
    }

    private void grants(String subject, JsonNode policy) {
        if (policy.isTextual()) {
            model.add(subject + " managed policies", managedName(policy.asText()));
        } else if (policy.has("Statement")) {
            for (JsonNode statement : policy.path("Statement")) {
                if (statement.has("NotAction") || statement.has("NotResource") || statement.has("NotPrincipal")) {
                    // Not compared fact by fact: reported so that nobody believes it was.
                    model.put(subject + " statement not compared", canonical(statement));
                }
                String condition = statement.has("Condition") ? " if " + condition(statement.path("Condition")) : "";
                for (String action : list(statement.path("Action"))) {
                    for (JsonNode resource : asArray(statement.path("Resource"))) {
                        model.add(subject + " " + statement.path("Effect").asText() + " " + action, refs.norm(resource) + condition);
                    }
                }
            }
        } else {
            policy.properties().forEach(template -> model.put(subject + " policy template " + template.getKey(), canonical(template.getValue())));
        }
    }

    private void policyStatements(String subject, JsonNode document) {
        int index = 0;
        for (JsonNode st : document.path("Statement")) {
            List<String> actions = list(st.path("Action"));
            actions.sort(null);
            List<String> resourcesOf = new ArrayList<>();
            asArray(st.path("Resource")).forEach(r -> resourcesOf.add(refs.norm(r)));
            resourcesOf.sort(null);
            model.put(subject + " statement " + st.path("Sid").asText(String.valueOf(index++)),
                    st.path("Effect").asText() + " " + actions + " on " + resourcesOf + " to " + principal(st.path("Principal"))
                            + (st.has("Condition") ? " if " + condition(st.path("Condition")) : ""));
        }
    }

    private String principal(JsonNode principal) {
        if (principal.isMissingNode()) {
            return "-";
        }
        if (principal.isTextual()) {
            return principal.asText();
        }
        List<String> principals = new ArrayList<>();
        principal.properties().forEach(p -> asArray(p.getValue()).forEach(v -> principals.add(p.getKey() + ":" + refs.norm(v))));
        principals.sort(null);
        return String.join(",", principals);
    }

    private String condition(JsonNode condition) {
        List<String> parts = new ArrayList<>();
        condition.properties().forEach(test -> test.getValue().properties().forEach(variable -> {
            List<String> values = new ArrayList<>();
            asArray(variable.getValue()).forEach(v -> values.add(refs.norm(v)));
            parts.add(test.getKey() + " " + variable.getKey() + "=" + String.join("|", values));
        }));
        parts.sort(null);
        return String.join(" & ", parts);
    }

    // ---------- monitoring ----------

    private void alarm(String id, JsonNode p) {
        String a = "alarm " + id;
        model.put(a + " metric", p.path("Namespace").asText() + " " + p.path("MetricName").asText());
        List<String> dimensions = new ArrayList<>();
        p.path("Dimensions").forEach(d -> dimensions.add(d.path("Name").asText() + "=" + refs.norm(d.path("Value"))));
        dimensions.sort(null);
        model.put(a + " dimensions", dimensions);
        model.put(a + " statistic", p.has("ExtendedStatistic") ? p.path("ExtendedStatistic").asText() : p.path("Statistic").asText());
        model.put(a + " period", p.path("Period").asText());
        model.put(a + " evaluation", p.path("EvaluationPeriods").asText() + " periods, " + p.path("DatapointsToAlarm").asText(p.path("EvaluationPeriods").asText()) + " to alarm");
        model.put(a + " threshold", p.path("ComparisonOperator").asText() + " " + number(p.path("Threshold").asText()));
        model.put(a + " missing data", p.path("TreatMissingData").asText("missing"));
        List<String> actions = new ArrayList<>();
        p.path("AlarmActions").forEach(action -> actions.add(refs.norm(action)));
        actions.sort(null);
        model.put(a + " actions", actions);
    }

    private void dashboard(String id, JsonNode p) {
        model.put("dashboard " + id + " name", p.path("DashboardName").asText());
        String body = refs.norm(p.path("DashboardBody"));
        try {
            dashboardWidgets(model, "dashboard " + id, CANONICAL.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard " + id + " body is not JSON after substitution", e);
        }
    }

    /** One fact per widget (keyed by title), so a changed widget is named. */
    static void dashboardWidgets(StackModel model, String subject, JsonNode body) {
        int index = 0;
        for (JsonNode widget : body.path("widgets")) {
            String title = widget.path("properties").path("title").asText("#" + index);
            index++;
            model.put(subject + " widget " + title, canonical(widget));
        }
    }

    // ---------- helpers ----------

    static JsonNode merged(JsonNode globals, JsonNode properties) {
        if (!globals.isObject() || !properties.isObject()) {
            return properties.isMissingNode() ? globals : properties;
        }
        ObjectNode out = globals.deepCopy();
        properties.properties().forEach(p -> out.set(p.getKey(), merged(out.path(p.getKey()), p.getValue())));
        return out;
    }

    static String managedName(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    static String snake(String pascal) {
        return pascal.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toLowerCase();
    }

    static String number(String text) {
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    static String canonical(JsonNode node) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        values.sort(null);
        return String.join(", ", values);
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        asArray(node).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<JsonNode> asArray(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode()) {
            out.add(node);
        }
        return out;
    }
}
