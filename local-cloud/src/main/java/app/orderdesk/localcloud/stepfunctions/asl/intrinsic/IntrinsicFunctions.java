package app.orderdesk.localcloud.stepfunctions.asl.intrinsic;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.Call;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.Literal;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.PathRef;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.StringLiteral;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Evaluates the {@code States.*} intrinsic functions with AWS's observed semantics. */
public final class IntrinsicFunctions {

    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
    /** 2^63: MathAdd arguments must round into a long. */
    private static final BigDecimal LONG_RANGE = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(63));

    /** Parsed calls are kept (they are immutable): a definition's expressions repeat on every state entry. */
    private static final int MAX_CACHED = 10_000;
    private static final ConcurrentHashMap<String, Call> PARSED = new ConcurrentHashMap<>();

    private IntrinsicFunctions() {}

    /** Parses and evaluates {@code expression} against the state input and context object. */
    public static JsonNode evaluate(String expression, JsonNode input, JsonNode context) {
        Call call = PARSED.get(expression);
        if (call == null) {
            try {
                call = IntrinsicParser.parse(expression);
            } catch (IllegalArgumentException e) {
                throw StatesError.runtime(e.getMessage());
            }
            if (PARSED.size() >= MAX_CACHED) {
                PARSED.clear();
            }
            PARSED.put(expression, call);
        }
        return evaluate(call, input, context);
    }

    private static JsonNode evaluate(IntrinsicExpression expression, JsonNode input, JsonNode context) {
        return switch (expression) {
            case Literal literal -> literal.value();
            case StringLiteral literal -> NODES.textNode(literal.text());
            case PathRef ref -> {
                try {
                    yield JsonPaths.read(ref.path(), input, context);
                } catch (JsonPaths.PathException e) {
                    throw StatesError.runtime("The JsonPath '" + ref.path() + "' could not be found: " + e.getMessage());
                }
            }
            case Call call -> {
                List<JsonNode> args = new ArrayList<>();
                for (IntrinsicExpression argument : call.arguments()) {
                    args.add(evaluate(argument, input, context));
                }
                try {
                    if (call.function().equals("States.Format") && !call.arguments().isEmpty()
                            && call.arguments().getFirst() instanceof StringLiteral template) {
                        // Escaped braces in a literal template are text, not placeholders.
                        yield format(template.template(), args.subList(1, args.size()));
                    }
                    yield apply(call.function(), args);
                } catch (IllegalArgumentException | ArithmeticException e) {
                    // Bad arguments (invalid base64, numbers out of range...) fail the state like AWS does. Any
                    // other exception is a defect of this engine and must surface as one, not as States.Runtime.
                    throw StatesError.runtime(call.function() + ": " + e.getMessage());
                }
            }
        };
    }

    static JsonNode apply(String function, List<JsonNode> args) {
        return switch (function) {
            case "States.Format" -> format(args);
            case "States.StringToJson" -> stringToJson(text(args, 0));
            case "States.JsonToString" -> NODES.textNode(Json.write(arg(args, 0)));
            case "States.Array" -> NODES.arrayNode().addAll(args);
            case "States.ArrayPartition" -> partition(array(args, 0), integer(args, 1));
            case "States.ArrayContains" -> NODES.booleanNode(contains(array(args, 0), arg(args, 1)));
            case "States.ArrayRange" -> range(integer(args, 0), integer(args, 1), integer(args, 2));
            case "States.ArrayGetItem" -> getItem(array(args, 0), integer(args, 1));
            case "States.ArrayLength" -> NODES.numberNode(array(args, 0).size());
            case "States.ArrayUnique" -> unique(array(args, 0));
            case "States.Base64Encode" -> NODES.textNode(
                    Base64.getEncoder().encodeToString(text(args, 0).getBytes(StandardCharsets.UTF_8)));
            case "States.Base64Decode" -> NODES.textNode(
                    new String(Base64.getDecoder().decode(text(args, 0)), StandardCharsets.UTF_8));
            case "States.Hash" -> NODES.textNode(hash(arg(args, 0), text(args, 1)));
            case "States.JsonMerge" -> merge(args);
            case "States.MathRandom" -> random(args);
            case "States.MathAdd" -> NODES.numberNode(Math.addExact(rounded(args, 0), rounded(args, 1)));
            case "States.StringSplit" -> split(text(args, 0), text(args, 1));
            case "States.UUID" -> NODES.textNode(UUID.randomUUID().toString());
            default -> throw StatesError.runtime("Unsupported intrinsic function: " + function);
        };
    }

    private static JsonNode format(List<JsonNode> args) {
        // A template that is not a literal has no escapes: only its backslashes need protecting.
        return format(text(args, 0).replace("\\", "\\\\"), args.subList(1, args.size()));
    }

    /** {@code template}: {@code {}} is a placeholder, {@code \{ \} \\} stand for the character itself. */
    private static JsonNode format(String template, List<JsonNode> values) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= values.size()) {
                    throw StatesError.runtime("States.Format: not enough arguments for the template");
                }
                out.append(render(values.get(next++)));
                i++;
            } else {
                out.append(c);
            }
        }
        return NODES.textNode(out.toString());
    }

    /** AWS renders objects and arrays Java-style ({@code {k=v}}, {@code [a, b]}), not as JSON. */
    static String render(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(e -> parts.add(e.getKey() + "=" + render(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(render(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value.isNumber() && value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }

    private static JsonNode stringToJson(String text) {
        if (text.isBlank()) {
            return NODES.nullNode();
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw StatesError.runtime("States.StringToJson: " + e.getMessage());
        }
    }

    private static JsonNode partition(ArrayNode array, long size) {
        if (size <= 0) {
            throw StatesError.runtime("States.ArrayPartition: chunk size must be positive");
        }
        ArrayNode out = NODES.arrayNode();
        ArrayNode chunk = null;
        for (JsonNode item : array) {
            if (chunk == null || chunk.size() == size) {
                chunk = out.addArray();
            }
            chunk.add(item);
        }
        return out;
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode item : array) {
            if (sameValue(item, value)) {
                return true;
            }
        }
        return false;
    }

    /** JSON equality where numbers compare by value, so 2 from an input equals the literal 2 or 2.0. */
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (var field : a.properties()) {
                JsonNode other = b.get(field.getKey());
                if (other == null || !sameValue(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static JsonNode range(long start, long end, long step) {
        if (step == 0) {
            throw StatesError.runtime("States.ArrayRange: step must not be 0");
        }
        ArrayNode out = NODES.arrayNode();
        for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
            out.add(v);
            if (out.size() > 1000) {
                throw StatesError.runtime("States.ArrayRange: more than 1000 elements");
            }
        }
        return out;
    }

    private static JsonNode getItem(ArrayNode array, long index) {
        if (index < 0 || index >= array.size()) {
            throw StatesError.runtime("States.ArrayGetItem: index " + index + " out of bounds");
        }
        return array.get((int) index);
    }

    private static JsonNode unique(ArrayNode array) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode item : array) {
            boolean duplicate = false;
            for (JsonNode kept : out) {
                duplicate |= sameValue(kept, item);
            }
            if (!duplicate) {
                out.add(item);
            }
        }
        return out;
    }

    private static String hash(JsonNode data, String algorithm) {
        String text = data.isTextual() ? data.textValue() : Json.write(data);
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw StatesError.runtime("States.Hash: unsupported algorithm " + algorithm);
        }
    }

    private static JsonNode merge(List<JsonNode> args) {
        JsonNode left = arg(args, 0);
        JsonNode right = arg(args, 1);
        if (!left.isObject() || !right.isObject()) {
            throw StatesError.runtime("States.JsonMerge: both arguments must be objects");
        }
        ObjectNode out = ((ObjectNode) left).deepCopy();
        right.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
        return out;
    }

    private static JsonNode random(List<JsonNode> args) {
        long start = integer(args, 0);
        long end = integer(args, 1);
        Random random = args.size() > 2 ? new Random(integer(args, 2)) : ThreadLocalRandom.current();
        return NODES.numberNode(end <= start ? start : start + (long) (random.nextDouble() * (end - start)));
    }

    private static JsonNode split(String text, String delimiters) {
        ArrayNode out = NODES.arrayNode();
        StringBuilder piece = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (delimiters.indexOf(c) >= 0) {
                if (!piece.isEmpty()) {
                    out.add(piece.toString());
                }
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        if (!piece.isEmpty()) {
            out.add(piece.toString());
        }
        return out;
    }

    /** MathAdd rounds each argument half-up before adding, as AWS was recorded doing. */
    private static long rounded(List<JsonNode> args, int i) {
        JsonNode value = arg(args, i);
        if (!value.isNumber()) {
            throw StatesError.runtime("States.MathAdd: argument " + (i + 1) + " is not a number");
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.abs().compareTo(LONG_RANGE) >= 0) {
            throw StatesError.runtime("States.MathAdd: argument " + (i + 1) + " is out of range: " + decimal.toPlainString());
        }
        return Math.round(decimal.doubleValue());
    }

    private static JsonNode arg(List<JsonNode> args, int i) {
        if (i >= args.size()) {
            throw StatesError.runtime("Missing argument " + (i + 1));
        }
        return args.get(i);
    }

    private static String text(List<JsonNode> args, int i) {
        JsonNode value = arg(args, i);
        if (!value.isTextual()) {
            throw StatesError.runtime("Argument " + (i + 1) + " must be a string");
        }
        return value.textValue();
    }

    private static ArrayNode array(List<JsonNode> args, int i) {
        JsonNode value = arg(args, i);
        if (!(value instanceof ArrayNode array)) {
            throw StatesError.runtime("Argument " + (i + 1) + " must be an array");
        }
        return array;
    }

    private static long integer(List<JsonNode> args, int i) {
        JsonNode value = arg(args, i);
        if (!value.isNumber()) {
            throw StatesError.runtime("Argument " + (i + 1) + " must be a number");
        }
        BigDecimal decimal = value.decimalValue();
        try {
            // A fraction or a value beyond the long range is refused, not silently truncated or wrapped.
            return decimal.longValueExact();
        } catch (ArithmeticException e) {
            throw StatesError.runtime("Argument " + (i + 1) + " must be an integer, got " + decimal.toPlainString());
        }
    }
}
