package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * infra/terraform as a {@link StackModel}: every resource instance (for_each expanded) named by the
 * template's logical id, with the same facts {@link SamModel} records. Grants are followed the way
 * AWS applies them: function → role → inline policies (policy documents, dynamic statements
 * included) and attached managed policies.
 */
public final class TerraformModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATEFILE = Pattern.compile("templatefile\\(\"([^\"]+)\",\\s*local\\.(\\w+)\\)");
    static final Pattern ROLE_REF = Pattern.compile("\\$\\{aws_iam_role\\.(\\w+)(\\[each\\.key])?\\.(arn|id|name)}");
    private static final Pattern FILTERED_FOR_EACH = Pattern.compile(
            "\\$\\{\\{\\s*for (\\w+), (\\w+) in local\\.(\\w+)\\s*:\\s*\\1 => \\2 if try\\(\\2\\.(\\w+), false\\)\\s*}}");

    private final JsonNode config;
    private final Path terraformDir;
    private final TerraformExpressions ex;
    private final StackModel model = new StackModel();
    private final TerraformPolicies policies;

    private TerraformModel(JsonNode config, Path terraformDir) {
        terraformDir = terraformDir.toAbsolutePath().normalize();
        this.config = config;
        this.terraformDir = terraformDir;
        this.ex = new TerraformExpressions(config, terraformDir);
        this.policies = new TerraformPolicies(config, ex, this::forEach);
    }

    public static StackModel of(JsonNode mergedConfig, Path terraformDir) {
        TerraformModel tf = new TerraformModel(mergedConfig, terraformDir);
        tf.build();
        return tf.model;
    }

    private void build() {
        each("aws_dynamodb_table", this::table);
        each("aws_s3_bucket", this::bucket);
        each("aws_s3_bucket_policy", (id, i) -> TerraformPolicies.statements(model, "bucket-policy " + text(i, "bucket"), policies.document(i.body.path("policy").asText(), null)));
        each("aws_sns_topic", (id, i) -> model.put("topic " + id + " kms", text(i, "kms_master_key_id")));
        each("aws_kms_key", (id, i) -> {
            model.put("kms-key " + id + " rotation", i.body.path("enable_key_rotation").asBoolean(false));
            TerraformPolicies.statements(model, "kms-key " + id + " policy", policies.document(i.body.path("policy").asText(), null));
        });
        each("aws_sqs_queue", (id, i) -> {
            model.put("queue " + id + " retention", text(i, "message_retention_seconds").isEmpty() ? "345600" : text(i, "message_retention_seconds"));
            model.put("queue " + id + " sse", i.body.path("sqs_managed_sse_enabled").asBoolean(false));
        });
        each("aws_cognito_user_pool", this::userPool);
        each("aws_cognito_user_pool_client", this::userPoolClient);
        each("aws_cognito_user_group", (id, i) -> model.put("user-pool-group " + id,
                text(i, "name") + " in " + text(i, "user_pool_id") + ": " + text(i, "description")));
        each("aws_api_gateway_rest_api", this::api);
        each("aws_api_gateway_account", (id, i) -> model.put("api-account cloudwatch-role", text(i, "cloudwatch_role_arn")));
        each("aws_iam_role", this::role);
        each("aws_sfn_state_machine", this::stateMachine);
        each("aws_lambda_function", this::function);
        routes();
        schedules();
        liveUpdates();
        each("aws_cloudwatch_metric_alarm", this::alarm);
        each("aws_cloudwatch_log_group", (id, i) -> model.put("log-group " + id + " retention days",
                i.body.has("retention_in_days") ? text(i, "retention_in_days") : "never expire"));
        each("aws_cloudwatch_dashboard", this::dashboard);
        config.path("output").properties().forEach(o -> model.put("output " + o.getKey(), ex.text(o.getValue().path("value"), Map.of())));
    }

    // ---------- instances ----------

    /** One resource instance: its body and the "each" it was expanded with (empty without for_each). */
    private record Instance(JsonNode body, Map<String, JsonNode> bindings) { }

    private void each(String type, BiConsumer<String, Instance> visitor) {
        config.path("resource").path(type).properties().forEach(r -> instances(r.getKey(), r.getValue()).forEach(visitor));
    }

    private Map<String, Instance> instances(String name, JsonNode body) {
        Map<String, Instance> out = new LinkedHashMap<>();
        if (!body.has("for_each")) {
            out.put(TerraformExpressions.pascal(name), new Instance(body, Map.of()));
            return out;
        }
        forEach(body.path("for_each").asText()).properties().forEach(e -> {
            ObjectNode each = JsonNodeFactory.instance.objectNode();
            each.put("key", e.getKey());
            each.set("value", e.getValue());
            out.put(e.getKey(), new Instance(body, Map.of("each", each)));
        });
        return out;
    }

    private JsonNode forEach(String expression) {
        Matcher filtered = FILTERED_FOR_EACH.matcher(expression);
        if (filtered.matches()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ex.expr("local." + filtered.group(3), Map.of()).properties().forEach(e -> {
                if (e.getValue().path(filtered.group(4)).asBoolean(false)) {
                    out.set(e.getKey(), e.getValue());
                }
            });
            return out;
        }
        JsonNode value = ex.eval(TextNode.valueOf(expression), Map.of());
        if (!value.isObject()) {
            throw new IllegalArgumentException("the drift test expands for_each over a map only: " + expression);
        }
        return value;
    }

    private String text(Instance i, String argument) {
        return ex.text(i.body.path(argument), i.bindings);
    }

    private JsonNode value(Instance i, String argument) {
        return ex.eval(i.body.path(argument), i.bindings);
    }

    private JsonNode block(Instance i, String name) {
        return i.body.path(name).path(0);
    }

    // ---------- data ----------

    private void table(String id, Instance i) {
        String t = "table " + id;
        model.put(t + " billing", i.body.path("billing_mode").asText("PROVISIONED"));
        model.put(t + " key", keys(i.body));
        i.body.path("attribute").forEach(a -> model.put(t + " attribute " + a.path("name").asText(), a.path("type").asText()));
        i.body.path("global_secondary_index").forEach(g -> model.put(t + " index " + g.path("name").asText(),
                keys(g) + "; projection " + projection(g)));
        i.body.path("local_secondary_index").forEach(l -> model.put(t + " local index " + l.path("name").asText(),
                i.body.path("hash_key").asText() + " HASH, " + l.path("range_key").asText() + " RANGE; projection " + projection(l)));
        model.put(t + " point-in-time recovery", block(i, "point_in_time_recovery").path("enabled").asBoolean(false));
        model.put(t + " encryption", block(i, "server_side_encryption").path("enabled").asBoolean(false));
        JsonNode ttl = block(i, "ttl");
        model.put(t + " ttl", ttl.path("enabled").asBoolean(false) ? ttl.path("attribute_name").asText() : "off");
        model.put(t + " stream", i.body.path("stream_enabled").asBoolean(false) ? i.body.path("stream_view_type").asText() : "off");
        model.put(t + " retained", retained(i));
    }

    private static String keys(JsonNode body) {
        return body.path("hash_key").asText() + " HASH" + (body.has("range_key") ? ", " + body.path("range_key").asText() + " RANGE" : "");
    }

    private static String projection(JsonNode index) {
        List<String> nonKey = new ArrayList<>();
        index.path("non_key_attributes").forEach(a -> nonKey.add(a.asText()));
        nonKey.sort(null);
        return index.path("projection_type").asText() + (nonKey.isEmpty() ? "" : " " + nonKey);
    }

    /** prevent_destroy also blocks a replacement: both halves of the template's Retain. */
    private boolean retained(Instance i) {
        return block(i, "lifecycle").path("prevent_destroy").asBoolean(false);
    }

    private void bucket(String id, Instance i) {
        String b = "bucket " + id;
        JsonNode block = companion("aws_s3_bucket_public_access_block", id);
        model.put(b + " public access block", "BlockPublicAcls=" + block.path("block_public_acls").asBoolean(false)
                + " BlockPublicPolicy=" + block.path("block_public_policy").asBoolean(false)
                + " IgnorePublicAcls=" + block.path("ignore_public_acls").asBoolean(false)
                + " RestrictPublicBuckets=" + block.path("restrict_public_buckets").asBoolean(false));
        JsonNode sse = companion("aws_s3_bucket_server_side_encryption_configuration", id).path("rule").path(0)
                .path("apply_server_side_encryption_by_default").path(0);
        model.put(b + " encryption", sse.path("sse_algorithm").asText("none")
                + (sse.has("kms_master_key_id") ? " " + ex.text(sse.path("kms_master_key_id"), Map.of()) : ""));
        model.put(b + " versioning", companion("aws_s3_bucket_versioning", id).path("versioning_configuration").path(0).path("status").asText("off"));
        model.put(b + " ownership", companion("aws_s3_bucket_ownership_controls", id).path("rule").path(0).path("object_ownership").asText("none"));
        model.put(b + " retained", retained(i));
    }

    /** The bucket's settings resource (public access block, encryption, …) whose bucket is {id}. */
    private JsonNode companion(String type, String bucketId) {
        for (JsonNode r : config.path("resource").path(type)) {
            if (ex.text(r.path("bucket"), Map.of()).equals("{" + bucketId + "}")) {
                return r;
            }
        }
        return JsonNodeFactory.instance.missingNode();
    }

    // ---------- identity ----------

    private void userPool(String id, Instance i) {
        String u = "user-pool " + id;
        model.put(u + " name", text(i, "name"));
        model.put(u + " username attributes", sortedTexts(value(i, "username_attributes")));
        model.put(u + " auto-verified attributes", sortedTexts(value(i, "auto_verified_attributes")));
        model.put(u + " admin creates users only", block(i, "admin_create_user_config").path("allow_admin_create_user_only").asBoolean(false));
        block(i, "password_policy").properties().forEach(pp -> model.put(u + " password " + pp.getKey(), pp.getValue().asText()));
    }

    private void userPoolClient(String id, Instance i) {
        String c = "user-pool-client " + id;
        JsonNode units = block(i, "token_validity_units");
        model.put(c + " name", text(i, "name"));
        model.put(c + " pool", text(i, "user_pool_id"));
        model.put(c + " auth flows", sortedTexts(value(i, "explicit_auth_flows")));
        model.put(c + " secret", i.body.path("generate_secret").asBoolean(false));
        model.put(c + " prevent user existence errors", i.body.path("prevent_user_existence_errors").asText("LEGACY"));
        model.put(c + " access token validity", text(i, "access_token_validity") + " " + units.path("access_token").asText("hours"));
        model.put(c + " id token validity", text(i, "id_token_validity") + " " + units.path("id_token").asText("hours"));
        model.put(c + " refresh token validity", text(i, "refresh_token_validity") + " " + units.path("refresh_token").asText("days"));
    }

    /** Roles the template declares itself; function and state machine roles are reported with their owner. */
    private void role(String id, Instance i) {
        if (i.body.has("for_each") || ownedRoles().contains(id)) {
            return;
        }
        String roleName = roleResourceName(id);
        TerraformPolicies.statements(model, "role " + id + " trust", policies.document(i.body.path("assume_role_policy").asText(), null));
        policies.managed(roleName, null).forEach(m -> model.add("role " + id + " managed policies", m));
        policies.inline(roleName, null).forEach(d -> TerraformPolicies.statements(model, "role " + id + " policy", d));
    }

    private List<String> ownedRoles() {
        List<String> owned = new ArrayList<>();
        for (String type : List.of("aws_sfn_state_machine", "aws_lambda_function")) {
            for (JsonNode r : config.path("resource").path(type)) {
                Matcher m = ROLE_REF.matcher(r.path(type.equals("aws_lambda_function") ? "role" : "role_arn").asText());
                if (m.matches()) {
                    owned.add(TerraformExpressions.pascal(m.group(1)));
                }
            }
        }
        return owned;
    }

    private String roleResourceName(String logicalId) {
        for (String name : iterable(config.path("resource").path("aws_iam_role").fieldNames())) {
            if (TerraformExpressions.pascal(name).equals(logicalId)) {
                return name;
            }
        }
        throw new IllegalStateException("no aws_iam_role for " + logicalId);
    }

    // ---------- API ----------

    private void api(String id, Instance i) {
        String a = "api " + id;
        String ref = "{" + id + "}";
        model.put(a + " name", text(i, "name"));
        model.put(a + " endpoint", block(i, "endpoint_configuration").path("types").path(0).asText("EDGE"));
        forApi("aws_api_gateway_stage", ref, s -> {
            model.put(a + " stage", s.path("stage_name").asText());
            model.put(a + " tracing", s.path("xray_tracing_enabled").asBoolean(false));
        });
        forApi("aws_api_gateway_method_settings", ref, s -> {
            String path = s.path("method_path").asText();
            int slash = path.lastIndexOf('/');
            String resource = path.substring(0, slash);
            JsonNode st = s.path("settings").path(0);
            model.put(a + " method settings " + (resource.equals("*") ? "/*" : "/" + resource) + " " + path.substring(slash + 1),
                    "burst " + st.path("throttling_burst_limit").asText("-") + ", rate " + st.path("throttling_rate_limit").asText("-")
                            + ", metrics " + st.path("metrics_enabled").asBoolean(false) + ", logging " + st.path("logging_level").asText("OFF")
                            + ", data trace " + st.path("data_trace_enabled").asBoolean(false));
        });
        forApi("aws_api_gateway_authorizer", ref, au -> {
            List<String> pools = new ArrayList<>();
            ex.eval(au.path("provider_arns"), Map.of()).forEach(p -> pools.add(p.asText()));
            model.put(a + " authorizer " + au.path("name").asText(), au.path("type").asText("TOKEN") + " pool=" + String.join(",", pools)
                    + " header=" + au.path("identity_source").asText("method.request.header.Authorization").replace("method.request.header.", ""));
        });
        forApi("aws_api_gateway_gateway_response", ref, gr -> model.put(a + " gateway response " + gr.path("response_type").asText(),
                "status " + gr.path("status_code").asText("default") + " templates " + SamModel.canonical(gr.path("response_templates"))));
    }

    private void forApi(String type, String apiRef, java.util.function.Consumer<JsonNode> visitor) {
        for (JsonNode r : config.path("resource").path(type)) {
            if (ex.text(r.path("rest_api_id"), Map.of()).equals(apiRef)) {
                visitor.accept(r);
            }
        }
    }

    /**
     * Routes: local.api_routes ("METHOD /path" → function) is the one list the methods, integrations
     * and permissions iterate; each route's target is what its integration's uri evaluates to.
     */
    private void routes() {
        JsonNode routes = config.path("locals").path("api_routes");
        JsonNode integration = first("aws_api_gateway_integration");
        JsonNode method = first("aws_api_gateway_method");
        routes.properties().forEach(route -> {
            String[] methodAndPath = route.getKey().split(" ", 2);
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            value.put("method", methodAndPath[0]);
            value.put("path", methodAndPath[1]);
            value.put("function", route.getValue().asText());
            ObjectNode each = JsonNodeFactory.instance.objectNode();
            each.put("key", route.getKey());
            each.set("value", value);
            Map<String, JsonNode> bindings = Map.of("each", each);
            String auth = method.path("authorization").asText("NONE").equals("NONE") ? "none" : ex.text(method.path("authorizer_id"), bindings);
            model.put("route " + route.getKey(), ex.text(integration.path("uri"), bindings) + " on " + ex.text(integration.path("rest_api_id"), bindings)
                    + " auth " + auth + "; API may invoke " + apiPermission(bindings));
        });
    }

    /** The WebSocket API, its routes and permissions, the push-events subscription, queue policies and SQS event sources. */
    private void liveUpdates() {
        each("aws_sqs_queue_policy", (id, i) -> TerraformPolicies.statements(model, "queue-policy " + text(i, "queue_url"),
                policies.document(i.body.path("policy").asText(), null)));
        each("aws_sns_topic_subscription", (id, i) -> model.put("subscription " + id, text(i, "topic_arn") + " " + text(i, "protocol")
                + " " + text(i, "endpoint") + "; raw " + i.body.path("raw_message_delivery").asBoolean(false)
                + "; dead-letter " + deadLetter(i.body.path("redrive_policy").asText())));
        each("aws_apigatewayv2_api", (id, i) -> model.put("websocket-api " + id, text(i, "protocol_type") + "; name " + text(i, "name")
                + "; route selection " + text(i, "route_selection_expression")));
        each("aws_apigatewayv2_stage", (id, i) -> model.put("websocket-stage " + id, text(i, "api_id") + " " + text(i, "name")
                + "; auto deploy " + i.body.path("auto_deploy").asBoolean(false) + "; throttling "
                + ex.text(block(i, "default_route_settings").path("throttling_rate_limit"), i.bindings) + "/"
                + ex.text(block(i, "default_route_settings").path("throttling_burst_limit"), i.bindings)));
        each("aws_apigatewayv2_integration", (id, i) -> model.put("websocket-integration " + id, text(i, "api_id") + " "
                + text(i, "integration_type") + " invokes " + text(i, "integration_uri")));
        each("aws_apigatewayv2_route", (id, i) -> model.put("websocket-route " + text(i, "route_key"), text(i, "api_id")
                + " auth " + (text(i, "authorization_type").isEmpty() ? "NONE" : text(i, "authorization_type")) + " target " + text(i, "target")
                + " response " + (text(i, "route_response_selection_expression").isEmpty() ? "none" : text(i, "route_response_selection_expression"))));
        each("aws_apigatewayv2_route_response", (id, i) -> model.put("websocket-route-response " + text(i, "route_id"),
                text(i, "api_id") + " " + text(i, "route_response_key")));
        // the WebSocket routes' permissions: written out one by one (the REST routes' and schedules' are SAM-implicit, compared in routes())
        config.path("resource").path("aws_lambda_permission").properties().forEach(r -> {
            if (r.getValue().has("for_each") || r.getValue().path("principal").asText().startsWith("events.")) {
                return;
            }
            Instance i = new Instance(r.getValue(), Map.of());
            model.put("lambda-permission " + TerraformExpressions.pascal(r.getKey()), text(i, "function_name") + " " + text(i, "action")
                    + " for " + text(i, "principal") + " from " + text(i, "source_arn"));
        });
        each("aws_lambda_event_source_mapping", (id, i) -> {
            String invoked = text(i, "function_name");
            String function = invoked.replaceAll("^\\{([^:}]+).*$", "$1");
            model.put("function " + function + " sqs event source", text(i, "event_source_arn") + " batch "
                    + (text(i, "batch_size").isEmpty() ? "10" : text(i, "batch_size")) + " window "
                    + (text(i, "maximum_batching_window_in_seconds").isEmpty() ? "0" : text(i, "maximum_batching_window_in_seconds"))
                    + " responses " + sorted(i.body.path("function_response_types")) + " calls " + invoked);
        });
    }

    /** The dead-letter queue a redrive policy names; read from the source, as the evaluator cannot run jsonencode(…). */
    private static String deadLetter(String redrivePolicy) {
        Matcher m = Pattern.compile("aws_sqs_queue\\.(\\w+)\\.arn").matcher(redrivePolicy);
        return m.find() ? "{" + TerraformExpressions.pascal(m.group(1)) + "}" : "";
    }

    /** EventBridge rules with a schedule and their targets, and EventBridge Scheduler schedules. */
    private void schedules() {
        each("aws_cloudwatch_event_rule", (id, rule) -> {
            if (!rule.body.has("schedule_expression")) {
                return;
            }
            boolean enabled = rule.body.path("state").asText("ENABLED").equals("ENABLED");
            each("aws_cloudwatch_event_target", (targetId, target) -> {
                String ruleName = text(target, "rule");
                if (ruleName.equals("{" + id + "}") || ruleName.equals(text(rule, "name"))) {
                    schedule(text(rule, "schedule_expression"), text(target, "arn"), enabled);
                }
            });
        });
        each("aws_scheduler_schedule", (id, schedule) -> schedule(text(schedule, "schedule_expression"),
                ex.text(block(schedule, "target").path("arn"), schedule.bindings),
                schedule.body.path("state").asText("ENABLED").equals("ENABLED")));
    }

    private void schedule(String expression, String target, boolean enabled) {
        String function = target.replaceAll("^\\{([^:}]+).*}$", "$1");
        model.add("function " + function + " schedules", expression + " calls " + target + (enabled ? "" : " (disabled)"));
    }

    /** What the route's lambda permission for API Gateway lets it invoke: the alias when it has a qualifier. */
    private String apiPermission(Map<String, JsonNode> bindings) {
        for (JsonNode permission : config.path("resource").path("aws_lambda_permission")) {
            if (permission.path("principal").asText().equals("apigateway.amazonaws.com")
                    && permission.path("for_each").asText().equals(first("aws_api_gateway_integration").path("for_each").asText())) {
                String qualifier = permission.has("qualifier") ? ex.text(permission.path("qualifier"), bindings) : "";
                String function = ex.text(permission.path("function_name"), bindings);
                // The alias reference evaluates to {Fn:live}; a literal qualifier is appended to the function.
                return qualifier.isEmpty() ? function
                        : qualifier.startsWith("{") ? qualifier : function.replaceAll("}$", ":" + qualifier + "}");
            }
        }
        return "nothing (no lambda permission for apigateway.amazonaws.com)";
    }

    private JsonNode first(String type) {
        JsonNode resources = config.path("resource").path(type);
        if (resources.size() != 1) {
            throw new IllegalStateException("expected one " + type + " iterating local.api_route_list, found " + resources.size());
        }
        return resources.elements().next();
    }

    // ---------- workflow ----------

    private void stateMachine(String id, Instance i) {
        String s = "state machine " + id;
        Matcher definition = TEMPLATEFILE.matcher(i.body.path("definition").asText());
        if (!definition.find()) {
            throw new IllegalStateException(s + ": the definition must be templatefile(\"<file>\", local.<substitutions>)");
        }
        model.put(s + " definition", terraformDir.getParent().relativize(file(definition.group(1))));
        model.put(s + " type", i.body.path("type").asText("STANDARD"));
        model.put(s + " tracing", block(i, "tracing_configuration").path("enabled").asBoolean(false));
        JsonNode logging = block(i, "logging_configuration");
        // Terraform names the log group's streams (`<arn>:*`); CloudFormation takes the group's ARN.
        String destination = logging.has("log_destination") ? ex.text(logging.path("log_destination"), i.bindings).replaceFirst(":\\*$", "") : "";
        model.put(s + " logging", logging.path("level").asText("OFF") + ", execution data " + logging.path("include_execution_data").asBoolean(false)
                + ", to " + destination);
        ex.expr("local." + definition.group(2), Map.of()).properties().forEach(sub -> model.put(s + " substitution " + sub.getKey(), sub.getValue().asText()));
        Matcher role = ROLE_REF.matcher(i.body.path("role_arn").asText());
        if (role.matches()) {
            policies.inline(role.group(1), null).forEach(d -> TerraformPolicies.grants(model, s + " iam", d));
        }
    }

    Path file(String terraformPath) {
        return Path.of(terraformPath.replace("${path.module}", terraformDir.toString())).toAbsolutePath().normalize();
    }

    // ---------- functions ----------

    private void function(String id, Instance i) {
        String f = "function " + id;
        model.put(f + " handler", text(i, "handler"));
        model.put(f + " description", text(i, "description"));
        model.put(f + " runtime", text(i, "runtime"));
        model.put(f + " architectures", i.body.has("architectures") ? sortedTexts(value(i, "architectures")) : "x86_64");
        model.put(f + " memory", i.body.has("memory_size") ? text(i, "memory_size") : "128");
        model.put(f + " timeout", i.body.has("timeout") ? text(i, "timeout") : "3");
        model.put(f + " tracing", block(i, "tracing_config").path("mode").asText("PassThrough"));
        model.put(f + " snapstart", block(i, "snap_start").path("apply_on").asText("None"));
        model.put(f + " log format", block(i, "logging_config").path("log_format").asText("Text"));
        // h-c: the log levels, as SamModel reads them
        model.put(f + " application log level", block(i, "logging_config").path("application_log_level").asText("INFO"));
        model.put(f + " system log level", block(i, "logging_config").path("system_log_level").asText("INFO"));
        model.put(f + " alias", alias(id, i));
        // Relative to the configuration's own repository (infra/terraform/../..), as SamModel does.
        model.put(f + " code", terraformDir.getParent().getParent().relativize(file(artifactPath(i.body.path("filename").asText()))));
        ex.eval(block(i, "environment").path("variables"), i.bindings).properties().forEach(v ->
                model.put(f + " env " + v.getKey(), v.getValue().isNumber() ? SamModel.number(v.getValue().asText()) : v.getValue().asText()));
        eventInvokeConfig(f, id);
        Matcher role = ROLE_REF.matcher(i.body.path("role").asText());
        if (!role.matches()) {
            throw new IllegalStateException(f + ": role must be aws_iam_role.<name>[each.key].arn");
        }
        String key = role.group(2) != null ? id : null;
        policies.managed(role.group(1), key).forEach(m -> model.add(f + " iam managed policies", m));
        policies.inline(role.group(1), key).forEach(d -> TerraformPolicies.grants(model, f + " iam", d));
    }

    /** "live" when an aws_lambda_alias of that name points at this function's published version. */
    private String alias(String id, Instance function) {
        for (Map.Entry<String, JsonNode> a : iterable(config.path("resource").path("aws_lambda_alias").properties().iterator())) {
            for (Map.Entry<String, Instance> instance : instances(a.getKey(), a.getValue()).entrySet()) {
                String target = ex.text(instance.getValue().body.path("function_name"), instance.getValue().bindings);
                if (target.equals("{" + id + "}")) {
                    boolean published = function.body.path("publish").asBoolean(false)
                            && a.getValue().path("function_version").asText().endsWith(".version}");
                    return a.getValue().path("name").asText() + (published ? "" : " (not a published version)");
                }
            }
        }
        return "none";
    }

    /** The artifact path with the variable's default: the template names one file, so must this. */
    private String artifactPath(String filenameExpression) {
        String expression = filenameExpression;
        for (int round = 0; round < 5 && expression.contains("${"); round++) {
            Matcher local = Pattern.compile("\\$\\{local\\.(\\w+)}").matcher(expression);
            expression = local.replaceAll(m -> Matcher.quoteReplacement(config.path("locals").path(m.group(1)).asText()));
            Matcher variable = Pattern.compile("\\$\\{var\\.(\\w+)}").matcher(expression);
            expression = variable.replaceAll(m -> Matcher.quoteReplacement(config.path("variable").path(m.group(1)).path("default").asText()));
            if (expression.startsWith("${path.module}")) {
                break;
            }
        }
        return expression;
    }

    private void eventInvokeConfig(String f, String id) {
        each("aws_lambda_function_event_invoke_config", (key, i) -> {
            if (!text(i, "function_name").equals("{" + id + "}")) {
                return;
            }
            model.put(f + " async retries", text(i, "maximum_retry_attempts").isEmpty() ? "2" : text(i, "maximum_retry_attempts"));
            model.put(f + " async max event age", text(i, "maximum_event_age_in_seconds").isEmpty() ? "21600" : text(i, "maximum_event_age_in_seconds"));
            JsonNode onFailure = block(i, "destination_config").path("on_failure").path(0);
            if (!onFailure.isMissingNode()) {
                model.put(f + " async on failure", ex.text(onFailure.path("destination"), i.bindings));
            }
        });
    }

    // ---------- monitoring ----------

    private void alarm(String id, Instance i) {
        String a = "alarm " + id;
        model.put(a + " metric", text(i, "namespace") + " " + text(i, "metric_name"));
        List<String> dimensions = new ArrayList<>();
        value(i, "dimensions").properties().forEach(d -> dimensions.add(d.getKey() + "=" + d.getValue().asText()));
        dimensions.sort(null);
        model.put(a + " dimensions", dimensions);
        model.put(a + " statistic", i.body.has("extended_statistic") ? text(i, "extended_statistic") : text(i, "statistic"));
        model.put(a + " period", text(i, "period"));
        String evaluation = text(i, "evaluation_periods");
        model.put(a + " evaluation", evaluation + " periods, " + (i.body.has("datapoints_to_alarm") ? text(i, "datapoints_to_alarm") : evaluation) + " to alarm");
        model.put(a + " threshold", text(i, "comparison_operator") + " " + text(i, "threshold"));
        model.put(a + " missing data", i.body.has("treat_missing_data") ? text(i, "treat_missing_data") : "missing");
        model.put(a + " actions", sorted(value(i, "alarm_actions")));
    }

    private void dashboard(String id, Instance i) {
        model.put("dashboard " + id + " name", text(i, "dashboard_name"));
        Matcher body = TEMPLATEFILE.matcher(i.body.path("dashboard_body").asText());
        if (!body.find()) {
            throw new IllegalStateException("dashboard " + id + ": the body must be templatefile(\"<file>\", local.<variables>)");
        }
        try {
            String text = Files.readString(file(body.group(1)));
            for (Map.Entry<String, JsonNode> v : iterable(ex.expr("local." + body.group(2), Map.of()).properties().iterator())) {
                text = text.replace("${" + v.getKey() + "}", v.getValue().asText());
            }
            SamModel.dashboardWidgets(model, "dashboard " + id, JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------- helpers ----------

    static List<String> sorted(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        out.sort(null);
        return out;
    }

    private static String sortedTexts(JsonNode array) {
        return String.join(", ", sorted(array));
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
