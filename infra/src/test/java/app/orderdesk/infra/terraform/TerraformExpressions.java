package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the small part of the Terraform expression language the configuration uses for what the
 * drift test compares: references, {@code each.*} and dynamic-block iterators, locals, variables,
 * {@code try}, {@code merge}, {@code tostring}. A reference to a resource becomes {@code {LogicalId}}
 * (the template's logical id: {@code aws_dynamodb_table.orders_table} → {@code {OrdersTable}}, a
 * for_each key as it is), an alias {@code {Function:live}}, a pseudo parameter {@code {AWS::Region}}.
 * Anything else fails loudly rather than comparing something it did not understand.
 */
final class TerraformExpressions {

    static final class Missing extends RuntimeException {
        Missing(String what) {
            super(what);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode config;
    private final Path terraformDir;

    TerraformExpressions(JsonNode config, Path terraformDir) {
        this.config = config;
        this.terraformDir = terraformDir;
    }

    /** Evaluates every expression inside a value (strings with ${…}, lists, objects). */
    JsonNode eval(JsonNode value, Map<String, JsonNode> bindings) {
        if (value == null || value.isMissingNode()) {
            return value;
        }
        if (value.isTextual()) {
            String s = value.asText();
            String whole = wholeInterpolation(s);
            if (whole != null) {
                return expr(whole, bindings);
            }
            return s.contains("${") ? TextNode.valueOf(builtArn(template(s, bindings))) : value;
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode();
            value.forEach(v -> out.add(eval(v, bindings)));
            return out;
        }
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            value.properties().forEach(p -> out.set(p.getKey(), eval(p.getValue(), bindings)));
            return out;
        }
        return value;
    }

    /**
     * An ARN spelled out from a state machine's name (to break a dependency cycle) names that state
     * machine, as a reference to it would.
     */
    private String builtArn(String s) {
        if (!s.startsWith("arn:{AWS::Partition}:states:") || buildingArns) {
            return s;
        }
        buildingArns = true;
        try {
            for (var machine : config.path("resource").path("aws_sfn_state_machine").properties()) {
                String name = text(machine.getValue().path("name"), Map.of());
                if (s.equals("arn:{AWS::Partition}:states:{AWS::Region}:{AWS::AccountId}:stateMachine:" + name)) {
                    return "{" + pascal(machine.getKey()) + "}";
                }
            }
            return s;
        } finally {
            buildingArns = false;
        }
    }

    private boolean buildingArns;

    String text(JsonNode value, Map<String, JsonNode> bindings) {
        JsonNode v = eval(value, bindings);
        return v == null || v.isMissingNode() || v.isNull() ? "" : v.isNumber() ? SamModel.number(v.asText()) : v.asText();
    }

    /** "${x}" alone (not "${a}-${b}") → "x"; else null. */
    static String wholeInterpolation(String s) {
        if (!s.startsWith("${") || !s.endsWith("}")) {
            return null;
        }
        int end = matching(s, 1);
        return end == s.length() - 1 ? s.substring(2, end) : null;
    }

    private String template(String s, Map<String, JsonNode> bindings) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int start = s.indexOf("${", i);
            if (start < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, start);
            int end = matching(s, start + 1);
            JsonNode v = expr(s.substring(start + 2, end), bindings);
            out.append(v.isNumber() ? SamModel.number(v.asText()) : v.asText());
            i = end + 1;
        }
        return out.toString();
    }

    /** Index of the bracket closing the one at {@code open}, skipping quoted strings. */
    static int matching(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced expression: " + s);
    }

    JsonNode expr(String expression, Map<String, JsonNode> bindings) {
        String e = expression.strip();
        switch (e) {
            case "null" -> {
                return NODES.nullNode();
            }
            case "{}" -> {
                return NODES.objectNode();
            }
            case "[]" -> {
                return NODES.arrayNode();
            }
            default -> { }
        }
        if (e.startsWith("\"") && e.endsWith("\"")) {
            return eval(TextNode.valueOf(e.substring(1, e.length() - 1)), bindings);
        }
        if (e.matches("-?\\d+(\\.\\d+)?")) {
            return NODES.numberNode(new java.math.BigDecimal(e));
        }
        int paren = e.indexOf('(');
        if (paren > 0 && e.substring(0, paren).matches("\\w+") && matching(e, paren) == e.length() - 1) {
            return call(e.substring(0, paren), arguments(e.substring(paren + 1, e.length() - 1)), bindings);
        }
        if (e.matches("[\\w.\\[\\]\"-]+")) {
            return reference(e, bindings);
        }
        throw new IllegalArgumentException("the drift test cannot evaluate the Terraform expression: " + e);
    }

    private JsonNode call(String function, List<String> args, Map<String, JsonNode> bindings) {
        switch (function) {
            case "try" -> {
                for (String arg : args) {
                    try {
                        return expr(arg, bindings);
                    } catch (Missing ignored) {
                        // try() moves on to its next argument, as Terraform does
                    }
                }
                throw new Missing("try(" + args + ")");
            }
            case "merge" -> {
                ObjectNode out = NODES.objectNode();
                args.forEach(arg -> out.setAll((ObjectNode) expr(arg, bindings)));
                return out;
            }
            case "tostring" -> {
                return TextNode.valueOf(expr(args.get(0), bindings).asText());
            }
            default -> throw new IllegalArgumentException("the drift test cannot evaluate " + function + "(…)");
        }
    }

    private static List<String> arguments(String inner) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '"' || c == '(' || c == '[' || c == '{') {
                i = c == '"' ? inner.indexOf('"', i + 1) : matching(inner, i);
            } else if (c == ',') {
                args.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        if (!inner.isBlank()) {
            args.add(inner.substring(start));
        }
        return args;
    }

    /** a.b["k"][each.key].c → segments, with index expressions evaluated. */
    private List<String> segments(String traversal, Map<String, JsonNode> bindings) {
        List<String> out = new ArrayList<>();
        int i = 0;
        StringBuilder current = new StringBuilder();
        while (i < traversal.length()) {
            char c = traversal.charAt(i);
            if (c == '.') {
                out.add(current.toString());
                current.setLength(0);
                i++;
            } else if (c == '[') {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                int end = matching(traversal, i);
                out.add(expr(traversal.substring(i + 1, end), bindings).asText());
                i = end + 1;
                if (i < traversal.length() && traversal.charAt(i) == '.') {
                    i++;
                }
            } else {
                current.append(c);
                i++;
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private JsonNode reference(String traversal, Map<String, JsonNode> bindings) {
        List<String> s = segments(traversal, bindings);
        String head = s.get(0);
        if (bindings.containsKey(head)) {
            return walk(bindings.get(head), s.subList(1, s.size()), traversal);
        }
        switch (head) {
            case "local" -> {
                JsonNode local = config.path("locals").path(s.get(1));
                if (local.isMissingNode()) {
                    throw new IllegalArgumentException("no local." + s.get(1));
                }
                return walk(eval(local, Map.of()), s.subList(2, s.size()), traversal);
            }
            case "var" -> {
                return TextNode.valueOf("{" + pascal(s.get(1)) + "}");
            }
            case "path" -> {
                return TextNode.valueOf(terraformDir.toString());
            }
            case "data" -> {
                return switch (s.get(1)) {
                    case "aws_partition" -> TextNode.valueOf("{AWS::Partition}");
                    case "aws_region" -> TextNode.valueOf("{AWS::Region}");
                    case "aws_caller_identity" -> TextNode.valueOf("{AWS::AccountId}");
                    default -> TextNode.valueOf("{data." + s.get(1) + "." + s.get(2) + "}");
                };
            }
            default -> {
                return resourceReference(head, s.subList(1, s.size()));
            }
        }
    }

    private JsonNode resourceReference(String type, List<String> rest) {
        String name = rest.get(0);
        JsonNode body = config.path("resource").path(type).path(name);
        if (body.isMissingNode()) {
            throw new IllegalArgumentException("reference to a resource that does not exist: " + type + "." + name);
        }
        boolean indexed = body.has("for_each") || body.has("count");
        String key = indexed ? rest.get(1) : null;
        String attribute = rest.size() > (indexed ? 2 : 1) ? rest.get(indexed ? 2 : 1) : "";
        String logicalId = indexed ? key : pascal(name);
        if (type.equals("aws_lambda_alias")) {
            return TextNode.valueOf("{" + logicalId + ":" + body.path("name").asText() + "}");
        }
        if (type.equals("aws_api_gateway_stage") && attribute.equals("invoke_url")) {
            return TextNode.valueOf("https://" + text(body.path("rest_api_id"), Map.of())
                    + ".execute-api.{AWS::Region}.amazonaws.com/" + body.path("stage_name").asText());
        }
        if (attribute.equals("name") && body.path("name").isTextual() && !body.path("name").asText().contains("${")) {
            return body.path("name");
        }
        return TextNode.valueOf("{" + logicalId + "}");
    }

    private static JsonNode walk(JsonNode node, List<String> path, String traversal) {
        JsonNode current = node;
        for (String segment : path) {
            current = current.isArray() ? current.path(Integer.parseInt(segment)) : current.path(segment);
            if (current.isMissingNode()) {
                throw new Missing(traversal);
            }
        }
        return current;
    }

    static String pascal(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
