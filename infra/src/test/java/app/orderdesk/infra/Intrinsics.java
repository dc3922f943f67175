package app.orderdesk.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading CloudFormation intrinsic functions in their long JSON form, as the template writes them. */
final class Intrinsics {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private Intrinsics() {
    }

    /** {@code {"Ref": …}}, {@code {"Fn::…": …}} or {@code {"Condition": …}}: a value only known at deploy time. */
    static boolean isIntrinsic(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
    }

    /** Whether {@code node} is or contains an intrinsic function anywhere. */
    static boolean containsIntrinsic(JsonNode node) {
        if (isIntrinsic(node)) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsIntrinsic(child)) {
                return true;
            }
        }
        return false;
    }

    /** A reference made by a Ref, a GetAtt or a Sub variable: {@code target} and, for an attribute, its name. */
    record Reference(String kind, String target, String attribute, String where) {
        /** {@code Target} or {@code Target.Attribute}. */
        String text() {
            return attribute == null ? target : target + "." + attribute;
        }
    }

    /** Every Ref, Fn::GetAtt and Fn::Sub variable under {@code node}; {@code where} is a JSON-pointer-like path. */
    static List<Reference> references(JsonNode node, String where) {
        List<Reference> found = new ArrayList<>();
        walk(node, where, (n, path) -> {
            if (!n.isObject() || n.size() != 1) {
                return;
            }
            JsonNode ref = n.get("Ref");
            if (ref != null && ref.isTextual()) {
                found.add(new Reference("Ref", ref.asText(), null, path));
            }
            JsonNode getAtt = n.get("Fn::GetAtt");
            if (getAtt != null) {
                if (getAtt.isArray() && getAtt.size() == 2) {
                    found.add(new Reference("Fn::GetAtt", getAtt.get(0).asText(), getAtt.get(1).asText(), path));
                } else if (getAtt.isTextual() && getAtt.asText().contains(".")) {
                    String[] parts = getAtt.asText().split("\\.", 2);
                    found.add(new Reference("Fn::GetAtt", parts[0], parts[1], path));
                } else {
                    found.add(new Reference("Fn::GetAtt", getAtt.toString(), "?", path));
                }
            }
            JsonNode sub = n.get("Fn::Sub");
            if (sub != null) {
                String text = sub.isArray() ? sub.path(0).asText() : sub.asText();
                JsonNode variables = sub.isArray() ? sub.path(1) : null;
                for (String variable : subVariables(text)) {
                    if (variables != null && variables.has(variable)) {
                        continue; // defined by the Sub's own variable map
                    }
                    int dot = variable.indexOf('.');
                    if (dot > 0 && !variable.startsWith("AWS::")) {
                        found.add(new Reference("Fn::Sub", variable.substring(0, dot), variable.substring(dot + 1), path));
                    } else {
                        found.add(new Reference("Fn::Sub", variable, null, path));
                    }
                }
            }
        });
        return found;
    }

    /** The {@code ${Name}} variables of a Fn::Sub string; {@code ${!Literal}} is an escape, not a variable. */
    static List<String> subVariables(String text) {
        List<String> variables = new ArrayList<>();
        Matcher m = SUB_VARIABLE.matcher(text);
        while (m.find()) {
            if (!m.group(1).startsWith("!")) {
                variables.add(m.group(1).trim());
            }
        }
        return variables;
    }

    /** Visits {@code node} and every descendant with its path. */
    static void walk(JsonNode node, String path, BiConsumer<JsonNode, String> visitor) {
        visitor.accept(node, path);
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), path + "/" + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
