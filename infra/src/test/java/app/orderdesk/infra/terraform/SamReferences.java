package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation intrinsic functions reduced to the logical id they name: {@code {"Ref": X}},
 * {@code {"Fn::GetAtt": [X, Arn]}} and {@code ${X.Arn}} in a Sub all become {@code {X}}; a
 * function's alias ({@code X.Alias}, {@code XAliaslive}, {@code ${X.Arn}:live}) becomes
 * {@code {X:live}}; pseudo parameters stay {@code {AWS::Region}}.
 */
final class SamReferences {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    /** Function logical id → its AutoPublishAlias. */
    private final Map<String, String> aliasOf;

    SamReferences(Map<String, String> aliasOf) {
        this.aliasOf = aliasOf;
    }


    /** A value with every intrinsic function reduced to the logical id it names. */
    String norm(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.isNumber() ? SamModel.number(v.asText()) : v.asText();
        }
        if (v.isObject() && v.size() == 1) {
            Map.Entry<String, JsonNode> fn = v.properties().iterator().next();
            JsonNode arg = fn.getValue();
            switch (fn.getKey()) {
                case "Ref" -> {
                    return canonicalAlias(token(arg.asText()));
                }
                case "Fn::GetAtt" -> {
                    String target = arg.isArray() ? arg.path(0).asText() : arg.asText().split("\\.", 2)[0];
                    String attribute = arg.isArray() ? arg.path(1).asText() : arg.asText().contains(".") ? arg.asText().split("\\.", 2)[1] : "";
                    if (attribute.equals("ProviderURL")) {
                        return "https://{" + target + "}"; // a user pool's ProviderURL is https:// + its endpoint (Terraform's `endpoint`)
                    }
                    return canonicalAlias("{" + target + "}");
                }
                case "Fn::Sub" -> {
                    String s = arg.isArray() ? arg.path(0).asText() : arg.asText();
                    Matcher m = SUB_VARIABLE.matcher(s);
                    StringBuilder out = new StringBuilder();
                    while (m.find()) {
                        String name = m.group(1);
                        String replacement = name.startsWith("AWS::") ? "{" + name + "}"
                                : name.endsWith(".Alias") ? token(name)
                                : "{" + name.split("\\.", 2)[0] + "}";
                        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                    }
                    m.appendTail(out);
                    return canonicalAlias(out.toString());
                }
                default -> {
                    return SamModel.canonical(v);
                }
            }
        }
        return SamModel.canonical(v);
    }

    private String token(String name) {
        if (name.endsWith(".Alias")) {
            String function = name.substring(0, name.length() - ".Alias".length());
            return "{" + function + ":" + aliasOf.getOrDefault(function, "?") + "}";
        }
        for (Map.Entry<String, String> alias : aliasOf.entrySet()) {
            if (name.equals(alias.getKey() + "Alias" + alias.getValue())) {
                return "{" + alias.getKey() + ":" + alias.getValue() + "}";
            }
        }
        return "{" + name + "}";
    }

    /** "{Fn}:live" (an ARN with the alias name appended) is the alias too. */
    private String canonicalAlias(String s) {
        for (Map.Entry<String, String> alias : aliasOf.entrySet()) {
            s = s.replace("{" + alias.getKey() + "}:" + alias.getValue(), "{" + alias.getKey() + ":" + alias.getValue() + "}");
        }
        return s;
    }
}
