package app.orderdesk.localcloud.stepfunctions.conformance;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The corpus comparison rules (README section 4): ignore entries, wildcard tokens and JSON causes. */
public final class ResultMatcher {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{[a-z-]+}}");

    private ResultMatcher() {}

    /** Returns null when {@code actual} matches {@code expected}, else a description of the first difference. */
    public static String compare(JsonNode expected, JsonNode actual, List<String> ignore) {
        ObjectNode exp = expected.deepCopy();
        ObjectNode act = actual.deepCopy();
        for (String entry : ignore) {
            applyIgnore(exp, entry);
            applyIgnore(act, entry);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : exp.properties()) {
            String key = member.getKey();
            JsonNode actualValue = act.get(key);
            if (actualValue == null) {
                actualValue = Json.MAPPER.nullNode();
            }
            boolean causeLike = key.equals("cause");
            match("$." + key, member.getValue(), actualValue, causeLike, problems);
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static void applyIgnore(ObjectNode result, String entry) {
        if (entry.startsWith("$.output..")) {
            String name = entry.substring("$.output..".length());
            JsonNode output = result.get("output");
            if (output != null) {
                removeDeep(output, name);
            }
        } else if (entry.startsWith("$.")) {
            result.remove(entry.substring(2));
        }
    }

    private static void removeDeep(JsonNode node, String name) {
        if (node instanceof ObjectNode object) {
            object.remove(name);
        }
        node.forEach(child -> removeDeep(child, name));
    }

    private static void match(String where, JsonNode expected, JsonNode actual, boolean causeLike, List<String> problems) {
        if (expected.isTextual()) {
            String text = expected.textValue();
            if (TOKEN.matcher(text).matches()) {
                return;
            }
            if (causeLike) {
                JsonNode expectedJson = tryParseObject(text);
                if (expectedJson != null) {
                    JsonNode actualJson = actual.isTextual() ? tryParseObject(actual.textValue()) : null;
                    if (actualJson == null) {
                        problems.add(where + ": expected a JSON cause, got " + actual);
                    } else {
                        match(where, expectedJson, actualJson, false, problems);
                    }
                    return;
                }
            }
            if (!actual.isTextual() || !matchesText(text, actual.textValue())) {
                problems.add(where + ": expected " + expected + ", got " + abbreviate(actual));
            }
            return;
        }
        if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                problems.add(where + ": expected " + expected + ", got " + abbreviate(actual));
            }
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(where + ": expected object, got " + abbreviate(actual));
                return;
            }
            Set<String> expectedNames = new HashSet<>();
            expected.fieldNames().forEachRemaining(expectedNames::add);
            Set<String> actualNames = new HashSet<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            if (!expectedNames.equals(actualNames)) {
                problems.add(where + ": members " + actualNames + " instead of " + expectedNames);
                return;
            }
            for (String name : expectedNames) {
                match(where + "." + name, expected.get(name), actual.get(name), name.equals("Cause"), problems);
            }
            return;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(where + ": expected " + abbreviate(expected) + ", got " + abbreviate(actual));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                match(where + "[" + i + "]", expected.get(i), actual.get(i), false, problems);
            }
            return;
        }
        if (!expected.equals(actual)) {
            problems.add(where + ": expected " + expected + ", got " + abbreviate(actual));
        }
    }

    /** Literal parts must match exactly; each embedded token matches one or more characters. */
    static boolean matchesText(String expected, String actual) {
        Matcher tokens = TOKEN.matcher(expected);
        if (!tokens.find()) {
            return expected.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        int last = 0;
        tokens.reset();
        while (tokens.find()) {
            regex.append(Pattern.quote(expected.substring(last, tokens.start()))).append(".+");
            last = tokens.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }

    private static JsonNode tryParseObject(String text) {
        if (!text.trim().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = Json.parse(text);
            return node.isObject() ? node : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
