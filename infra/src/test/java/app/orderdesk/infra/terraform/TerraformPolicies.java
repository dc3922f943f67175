package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM in the Terraform files, followed as AWS applies it: a role's attached managed policies and its
 * inline policies, each a {@code data.aws_iam_policy_document} whose static and dynamic statements
 * (and dynamic conditions) are evaluated; written into a {@link StackModel} the way {@link SamModel}
 * writes the template's.
 */
final class TerraformPolicies {

    private static final Pattern DOC_REF = Pattern.compile("\\$\\{data\\.aws_iam_policy_document\\.(\\w+)(\\[each\\.key])?\\.json}");

    private final JsonNode config;
    private final TerraformExpressions ex;
    private final Function<String, JsonNode> forEach;

    TerraformPolicies(JsonNode config, TerraformExpressions ex, Function<String, JsonNode> forEach) {
        this.config = config;
        this.ex = ex;
        this.forEach = forEach;
    }

    List<String> managed(String roleResource, String key) {
        List<String> names = new ArrayList<>();
        for (JsonNode attachment : config.path("resource").path("aws_iam_role_policy_attachment")) {
            Matcher role = TerraformModel.ROLE_REF.matcher(attachment.path("role").asText());
            if (role.matches() && role.group(1).equals(roleResource) && (key == null) == (role.group(2) == null)
                    && (key == null || forEach.apply(attachment.path("for_each").asText()).has(key))) {
                names.add(SamModel.managedName(ex.text(attachment.path("policy_arn"), Map.of())));
            }
        }
        return names;
    }

    /** The policy documents of a role's inline policies, as evaluated statements. */
    List<List<JsonNode>> inline(String roleResource, String key) {
        List<List<JsonNode>> documents = new ArrayList<>();
        for (JsonNode policy : config.path("resource").path("aws_iam_role_policy")) {
            Matcher role = TerraformModel.ROLE_REF.matcher(policy.path("role").asText());
            if (role.matches() && role.group(1).equals(roleResource) && (key == null) == (role.group(2) == null)
                    && (key == null || forEach.apply(policy.path("for_each").asText()).has(key))) {
                documents.add(document(policy.path("policy").asText(), key));
            }
        }
        return documents;
    }

    /** The statements of data.aws_iam_policy_document.X(.json), dynamic statements expanded. */
    List<JsonNode> document(String reference, String key) {
        Matcher m = DOC_REF.matcher(reference);
        if (!m.matches()) {
            throw new IllegalStateException("policies must be data.aws_iam_policy_document.<name>.json, found " + reference);
        }
        JsonNode document = config.path("data").path("aws_iam_policy_document").path(m.group(1));
        Map<String, JsonNode> bindings = Map.of();
        if (m.group(2) != null) {
            ObjectNode each = JsonNodeFactory.instance.objectNode();
            each.put("key", key);
            each.set("value", forEach.apply(document.path("for_each").asText()).path(key));
            bindings = Map.of("each", each);
        }
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode st : document.path("statement")) {
            statements.add(statement(st, bindings));
        }
        for (JsonNode generator : document.path("dynamic").path("statement")) {
            JsonNode items = ex.eval(generator.path("for_each"), bindings);
            for (JsonNode item : items) {
                ObjectNode iterator = JsonNodeFactory.instance.objectNode();
                iterator.set("value", item);
                Map<String, JsonNode> inner = new LinkedHashMap<>(bindings);
                inner.put(generator.path("iterator").asText("statement"), iterator);
                statements.add(statement(generator.path("content").path(0), inner));
            }
        }
        return statements;
    }

    /** One statement, evaluated, with dynamic conditions expanded. */
    private JsonNode statement(JsonNode st, Map<String, JsonNode> bindings) {
        ObjectNode out = (ObjectNode) ex.eval(((ObjectNode) st.deepCopy()).without(List.of("dynamic", "condition")), bindings);
        var conditions = out.putArray("condition");
        st.path("condition").forEach(c -> conditions.add(ex.eval(c, bindings)));
        for (JsonNode generator : st.path("dynamic").path("condition")) {
            for (JsonNode item : ex.eval(generator.path("for_each"), bindings)) {
                ObjectNode iterator = JsonNodeFactory.instance.objectNode();
                iterator.set("value", item);
                Map<String, JsonNode> inner = new LinkedHashMap<>(bindings);
                inner.put(generator.path("iterator").asText("condition"), iterator);
                conditions.add(ex.eval(generator.path("content").path(0), inner));
            }
        }
        return out;
    }

    static void grants(StackModel model, String subject, List<JsonNode> statements) {
        for (JsonNode st : statements) {
            if (st.has("not_actions") || st.has("not_resources") || st.has("not_principals")) {
                // Not compared fact by fact: reported so that nobody believes it was.
                model.put(subject + " statement not compared", SamModel.canonical(st));
            }
            String condition = st.path("condition").isEmpty() ? "" : " if " + condition(st.path("condition"));
            for (JsonNode action : st.path("actions")) {
                for (JsonNode resource : st.path("resources")) {
                    model.add(subject + " " + st.path("effect").asText("Allow") + " " + action.asText(), resource.asText() + condition);
                }
            }
        }
    }

    static void statements(StackModel model, String subject, List<JsonNode> statements) {
        int index = 0;
        for (JsonNode st : statements) {
            List<String> actions = TerraformModel.sorted(st.path("actions"));
            List<String> resources = TerraformModel.sorted(st.path("resources"));
            List<String> principals = new ArrayList<>();
            st.path("principals").forEach(p -> p.path("identifiers").forEach(id ->
                    principals.add(p.path("type").asText().equals("*") ? id.asText() : p.path("type").asText() + ":" + id.asText())));
            principals.sort(null);
            model.put(subject + " statement " + st.path("sid").asText(String.valueOf(index++)),
                    st.path("effect").asText("Allow") + " " + actions + " on " + resources + " to "
                            + (principals.isEmpty() ? "-" : String.join(",", principals))
                            + (st.path("condition").isEmpty() ? "" : " if " + condition(st.path("condition"))));
        }
    }

    private static String condition(JsonNode conditions) {
        List<String> parts = new ArrayList<>();
        conditions.forEach(c -> {
            List<String> values = new ArrayList<>();
            c.path("values").forEach(v -> values.add(v.asText()));
            parts.add(c.path("test").asText() + " " + c.path("variable").asText() + "=" + String.join("|", values));
        });
        parts.sort(null);
        return String.join(" & ", parts);
    }
}
