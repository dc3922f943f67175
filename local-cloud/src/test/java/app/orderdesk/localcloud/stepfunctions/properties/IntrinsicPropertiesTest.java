package app.orderdesk.localcloud.stepfunctions.properties;

import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Intrinsic functions agree with a model of what AWS documents, on generated inputs and literals:
 * strings with quotes, braces, backslashes and non-ASCII characters, escaped in literals as AWS
 * requires ({@code \'}, {@code \{}, {@code \}}, {@code \\}).
 */
class IntrinsicPropertiesTest {

    static final int TRIES = 500;
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
    private static final String ALPHABET = "ab ,'{}\\é😀$.";

    /** One intrinsic call and the value the model says it returns. */
    record Case(String expression, JsonNode expected) {}

    @Test
    void intrinsicFunctionsAgreeWithTheirModel() {
        PropertyRunner.forAll("intrinsic functions agree with their model", TRIES, (random, size) -> {
            ObjectNode input = Json.object();
            int n = random.nextInt(2001) - 1000;
            String s = text(random, size);
            List<Integer> items = new ArrayList<>();
            for (int i = 0, count = 1 + random.nextInt(5); i < count; i++) {
                items.add(random.nextInt(5));
            }
            input.put("n", n).put("s", s);
            items.forEach(input.putArray("items")::add);
            Case c = call(random, size, n, s, items);
            ObjectNode definition = (ObjectNode) Json.parse("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
            ((ObjectNode) definition.at("/States/P")).putObject("Parameters").put("v.$", c.expression());
            AslPropertiesTest.Run run = AslPropertiesTest.run(definition, input, random);
            String where = "\n  expression: " + c.expression() + "\n  input: " + Json.write(input);
            if (run.result() == null || run.result().status() != ExecutionStatus.SUCCEEDED) {
                return "failed: " + (run.result() == null ? run.problems() : run.result().error() + ": " + run.result().cause())
                        + where;
            }
            JsonNode actual = run.result().output().get("v");
            return same(c.expected(), actual) ? null : "expected " + Json.write(c.expected()) + ", got " + Json.write(actual) + where;
        });
    }

    private static Case call(Random random, int size, int n, String s, List<Integer> items) {
        switch (random.nextInt(12)) {
            case 0 -> {
                int k = random.nextInt(2001) - 1000;
                return new Case("States.MathAdd($.n, " + k + ")", NODES.numberNode(n + k));
            }
            case 1 -> {
                return new Case("States.ArrayLength($.items)", NODES.numberNode(items.size()));
            }
            case 2 -> {
                return new Case("States.ArrayContains($.items, $.n)", NODES.booleanNode(items.contains(n)));
            }
            case 3 -> {
                int i = random.nextInt(items.size());
                return new Case("States.ArrayGetItem($.items, " + i + ")", NODES.numberNode(items.get(i)));
            }
            case 4 -> {
                ArrayNode pieces = NODES.arrayNode();
                for (String piece : s.split(",")) {
                    if (!piece.isEmpty()) {
                        pieces.add(piece);
                    }
                }
                return new Case("States.StringSplit($.s, ',')", pieces);
            }
            case 5 -> {
                return new Case("States.Base64Decode(States.Base64Encode($.s))", NODES.textNode(s));
            }
            case 6 -> {
                return new Case("States.Base64Encode($.s)",
                        NODES.textNode(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))));
            }
            case 7 -> {
                ArrayNode unique = NODES.arrayNode();
                new LinkedHashSet<>(items).forEach(unique::add);
                return new Case("States.ArrayUnique($.items)", unique);
            }
            case 8 -> {
                int chunk = 1 + random.nextInt(3);
                ArrayNode chunks = NODES.arrayNode();
                for (int i = 0; i < items.size(); i += chunk) {
                    ArrayNode part = chunks.addArray();
                    items.subList(i, Math.min(items.size(), i + chunk)).forEach(part::add);
                }
                return new Case("States.ArrayPartition($.items, " + chunk + ")", chunks);
            }
            case 9 -> {
                int start = random.nextInt(21) - 10;
                int end = random.nextInt(21) - 10;
                int step = (random.nextInt(3) + 1) * (end >= start ? 1 : -1);
                ArrayNode range = NODES.arrayNode();
                for (int v = start; step > 0 ? v <= end : v >= end; v += step) {
                    range.add(v);
                }
                return new Case("States.ArrayRange(" + start + ", " + end + ", " + step + ")", range);
            }
            case 10 -> {
                // A literal with every reserved character escaped comes back as the plain text.
                String literal = text(random, size);
                return new Case("States.Format(" + quoted(literal) + ")", NODES.textNode(literal));
            }
            default -> {
                // A template of escaped literal text around a placeholder for $.s.
                String before = text(random, size);
                String after = text(random, size);
                return new Case("States.Format('" + escaped(before) + "{}" + escaped(after) + "', $.s)",
                        NODES.textNode(before + s + after));
            }
        }
    }

    private static String quoted(String literal) {
        return "'" + escaped(literal) + "'";
    }

    /** AWS's escaping inside an intrinsic string literal: a backslash before ' { } and \\. */
    private static String escaped(String literal) {
        StringBuilder out = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (c == '\'' || c == '{' || c == '}' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String text(Random random, int size) {
        StringBuilder text = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0, length = random.nextInt(2 + size); i < length; i++) {
            if (random.nextInt(6) == 0) {
                text.append("{}"); // what a placeholder looks like, as literal text
            } else {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
        }
        return text.toString();
    }

    /** JSON equality with numbers compared by value. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
