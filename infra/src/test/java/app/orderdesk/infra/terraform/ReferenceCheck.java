package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every reference inside an expression names something that exists: a declared resource or data
 * source and an attribute its provider schema has (so {@code aws_lambda_alias.live[k].invoke_arm}
 * fails here, not at plan time), a declared local or variable.
 */
public final class ReferenceCheck {

    private static final Pattern RESOURCE = Pattern.compile(
            "(?<![\\w.])(data\\.)?(aws_[a-z0-9_]+)\\.([a-zA-Z0-9_-]+)(\\[[^\\]]*])?(?:\\.([a-z0-9_]+))?");
    private static final Pattern LOCAL_OR_VAR = Pattern.compile("(?<![\\w.])(local|var)\\.([a-zA-Z0-9_]+)");

    private final JsonNode resourceSchemas;
    private final JsonNode dataSourceSchemas;

    public ReferenceCheck(JsonNode providerSchema) {
        JsonNode aws = providerSchema.path("provider_schemas").path("registry.terraform.io/hashicorp/aws");
        this.resourceSchemas = aws.path("resource_schemas");
        this.dataSourceSchemas = aws.path("data_source_schemas");
    }

    public List<String> check(JsonNode merged) {
        TreeSet<String> problems = new TreeSet<>();
        for (String kind : List.of("resource", "data")) {
            merged.path(kind).properties().forEach(type -> type.getValue().properties().forEach(named ->
                    visit(named.getValue(), kind + " " + type.getKey() + "." + named.getKey(), merged, problems)));
        }
        merged.path("locals").properties().forEach(l -> visit(l.getValue(), "local." + l.getKey(), merged, problems));
        merged.path("output").properties().forEach(o -> visit(o.getValue(), "output " + o.getKey(), merged, problems));
        return new ArrayList<>(problems);
    }

    private void visit(JsonNode node, String where, JsonNode merged, TreeSet<String> problems) {
        if (node.isTextual()) {
            for (String expression : expressions(node.asText())) {
                checkExpression(expression, where, merged, problems);
            }
        } else {
            node.forEach(child -> visit(child, where, merged, problems));
        }
    }

    private void checkExpression(String expression, String where, JsonNode merged, TreeSet<String> problems) {
        String code = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        Matcher r = RESOURCE.matcher(code);
        while (r.find()) {
            boolean data = r.group(1) != null;
            String type = r.group(2);
            String name = r.group(3);
            String attribute = r.group(5);
            JsonNode declared = merged.path(data ? "data" : "resource").path(type).path(name);
            String ref = (data ? "data." : "") + type + "." + name;
            if (declared.isMissingNode()) {
                problems.add(where + ": " + ref + " is not declared");
                continue;
            }
            JsonNode block = (data ? dataSourceSchemas : resourceSchemas).path(type).path("block");
            if (attribute != null && !block.path("attributes").has(attribute) && !block.path("block_types").has(attribute)) {
                problems.add(where + ": " + ref + " has no attribute \"" + attribute + "\"");
            }
        }
        Matcher l = LOCAL_OR_VAR.matcher(code);
        while (l.find()) {
            String section = l.group(1).equals("local") ? "locals" : "variable";
            if (!merged.path(section).has(l.group(2))) {
                problems.add(where + ": " + l.group(1) + "." + l.group(2) + " is not declared");
            }
        }
    }

    /** The expressions inside a string: "${a}-${b}" → [a, b]; string literals inside are scanned too. */
    static List<String> expressions(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = s.indexOf("${", i)) >= 0) {
            int end = TerraformExpressions.matching(s, i + 1);
            String inner = s.substring(i + 2, end);
            out.add(inner);
            out.addAll(expressions(inner));
            i = end + 1;
        }
        return out;
    }
}
