package app.orderdesk.localcloud.stepfunctions.asl.choice;

import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/** Evaluates one Choice rule (a comparison, Is* test, or And/Or/Not combination) against the state input. */
public final class ChoiceRules {

    private ChoiceRules() {}

    public static boolean matches(JsonNode rule, JsonNode input, JsonNode context) {
        if (rule.has("And")) {
            for (JsonNode r : rule.get("And")) {
                if (!matches(r, input, context)) {
                    return false;
                }
            }
            return true;
        }
        if (rule.has("Or")) {
            for (JsonNode r : rule.get("Or")) {
                if (matches(r, input, context)) {
                    return true;
                }
            }
            return false;
        }
        if (rule.has("Not")) {
            return !matches(rule.get("Not"), input, context);
        }
        String variablePath = rule.path("Variable").asText(null);
        if (variablePath == null) {
            throw StatesError.runtime("Choice rule without Variable");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = rule.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String operator = field.getKey();
            if (operator.equals("Variable") || operator.equals("Next") || operator.equals("Comment")) {
                continue;
            }
            JsonNode variable = JsonPaths.readOrNull(variablePath, input, context);
            return compare(operator, variable, field.getValue(), input, context);
        }
        throw StatesError.runtime("Choice rule without a comparison operator");
    }

    private static boolean compare(String operator, JsonNode variable, JsonNode operand, JsonNode input, JsonNode context) {
        switch (operator) {
            case "IsPresent":
                return (variable != null) == operand.asBoolean();
            case "IsNull":
                return isType(variable != null && variable.isNull(), operand);
            case "IsBoolean":
                return isType(variable != null && variable.isBoolean(), operand);
            case "IsNumeric":
                return isType(variable != null && variable.isNumber(), operand);
            case "IsString":
                return isType(variable != null && variable.isTextual(), operand);
            case "IsTimestamp":
                return isType(variable != null && variable.isTextual() && timestamp(variable.textValue()) != null, operand);
            default:
                break;
        }
        String base = operator;
        JsonNode expected = operand;
        if (operator.endsWith("Path")) {
            base = operator.substring(0, operator.length() - 4);
            expected = JsonPaths.readOrNull(operand.asText(), input, context);
            if (expected == null) {
                throw StatesError.runtime("Invalid path '" + operand.asText() + "' in choice rule " + operator);
            }
        }
        if (variable == null) {
            return false;
        }
        if (base.equals("StringMatches")) {
            return variable.isTextual() && wildcard(variable.textValue(), expected.asText());
        }
        if (base.startsWith("String")) {
            return variable.isTextual() && expected.isTextual()
                    && ordered(base.substring(6), variable.textValue().compareTo(expected.textValue()));
        }
        if (base.startsWith("Numeric")) {
            return variable.isNumber() && expected.isNumber()
                    && ordered(base.substring(7), decimal(variable).compareTo(decimal(expected)));
        }
        if (base.startsWith("Timestamp")) {
            Instant left = variable.isTextual() ? timestamp(variable.textValue()) : null;
            Instant right = expected.isTextual() ? timestamp(expected.textValue()) : null;
            return left != null && right != null && ordered(base.substring(9), left.compareTo(right));
        }
        if (base.equals("BooleanEquals")) {
            return variable.isBoolean() && expected.isBoolean() && variable.booleanValue() == expected.booleanValue();
        }
        throw StatesError.runtime("Unsupported choice operator " + operator);
    }

    /** {@code IsX: false} matches every value that is not an X, including a missing one. */
    private static boolean isType(boolean isType, JsonNode operand) {
        return isType == operand.asBoolean();
    }

    private static boolean ordered(String relation, int comparison) {
        return switch (relation) {
            case "Equals" -> comparison == 0;
            case "LessThan" -> comparison < 0;
            case "GreaterThan" -> comparison > 0;
            case "LessThanEquals" -> comparison <= 0;
            case "GreaterThanEquals" -> comparison >= 0;
            default -> throw StatesError.runtime("Unsupported comparison " + relation);
        };
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    /** Timestamps compare as instants, so equal moments in different offsets are equal. */
    static Instant timestamp(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ASL's StringMatches: {@code *} matches any run of characters, {@code \*} a literal star. */
    static boolean wildcard(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return value.matches("(?s)" + regex);
    }
}
