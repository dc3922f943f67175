package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the long-form intrinsics the template uses ({@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Sub}, {@code Fn::Join}) to local names and ARNs; parameters take their defaults.
 */
public final class IntrinsicResolver {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]+)}");

    private final SamTemplate template;
    private final LocalResourceNames names;

    public IntrinsicResolver(SamTemplate template, LocalResourceNames names) {
        this.template = template;
        this.names = names;
    }

    /** A copy of {@code node} with every intrinsic replaced by its value. */
    public JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> only = node.properties().iterator().next();
            switch (only.getKey()) {
                case "Ref": return TextNode.valueOf(ref(only.getValue().asText()));
                case "Fn::GetAtt": return TextNode.valueOf(getAtt(only.getValue()));
                case "Fn::Sub": return TextNode.valueOf(sub(only.getValue()));
                case "Fn::Join": return TextNode.valueOf(join(only.getValue()));
                default: break;
            }
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), resolve(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(resolve(element)));
            return copy;
        }
        return node;
    }

    /** The resolved value as text (numbers and booleans as their text), for environment variables. */
    public String resolveText(JsonNode node) {
        return resolve(node).asText();
    }

    String ref(String name) {
        switch (name) {
            case "AWS::Region": return LocalResourceNames.REGION;
            case "AWS::AccountId": return LocalResourceNames.ACCOUNT;
            case "AWS::Partition": return LocalResourceNames.PARTITION;
            case "AWS::StackName": return "order-desk-local";
            case "AWS::URLSuffix": return "amazonaws.com";
            default: break;
        }
        if (template.hasParameter(name)) {
            String value = template.parameterDefault(name);
            if (value == null) {
                throw new IllegalStateException("parameter " + name + " has no default; the local cloud cannot supply one");
            }
            return value;
        }
        String value = names.ref(name);
        if (value == null) {
            throw new IllegalStateException("Ref " + name + ": " + (template.hasResource(name)
                    ? "the resource is not deployed locally" : "no such parameter or resource in the template"));
        }
        return value;
    }

    private String getAtt(JsonNode args) {
        String logicalId;
        String attribute;
        if (args.isArray()) {
            logicalId = args.get(0).asText();
            attribute = args.get(1).asText();
        } else {
            String[] parts = args.asText().split("\\.", 2);
            logicalId = parts[0];
            attribute = parts[1];
        }
        return getAtt(logicalId, attribute);
    }

    private String getAtt(String logicalId, String attribute) {
        String value = names.attribute(logicalId, attribute);
        if (value == null) {
            throw new IllegalStateException("Fn::GetAtt " + logicalId + "." + attribute + " is not known locally");
        }
        return value;
    }

    private String sub(JsonNode args) {
        String text;
        JsonNode variables = JsonNodeFactory.instance.objectNode();
        if (args.isArray()) {
            text = args.get(0).asText();
            variables = args.get(1);
        } else {
            text = args.asText();
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (!matcher.group(1).isEmpty()) {
                replacement = "${" + matcher.group(2) + "}"; // ${!Literal} escapes a substitution
            } else {
                replacement = subVariable(matcher.group(2), variables);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String subVariable(String name, JsonNode variables) {
        if (variables.has(name)) {
            return resolveText(variables.get(name));
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return getAtt(name.substring(0, dot), name.substring(dot + 1));
        }
        return ref(name);
    }

    private String join(JsonNode args) {
        String delimiter = args.get(0).asText();
        StringBuilder out = new StringBuilder();
        Iterator<JsonNode> parts = resolve(args.get(1)).elements();
        while (parts.hasNext()) {
            out.append(parts.next().asText());
            if (parts.hasNext()) {
                out.append(delimiter);
            }
        }
        return out.toString();
    }
}
