package app.orderdesk.localcloud.stepfunctions.properties;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates state machine definitions and inputs within the language the engine supports: Pass
 * (Parameters, Result, ResultPath, intrinsics), Choice, Wait 0, Succeed, Fail, Parallel, Map and Task
 * (against {@link StubBackends}) with Retry and Catch. Transitions only go forward, so every execution
 * ends; states no transition reaches are dropped, so every definition is valid.
 *
 * <p>In <em>typed</em> mode every path names a field of the input schema with the right type and every
 * result is written under a fresh {@code $.rN} key (catchers under {@code $.caught}), so no state can
 * fail with {@code States.Runtime} and the schema fields reach the output unchanged. In <em>loose</em>
 * mode paths may miss, types may be wrong and inputs need not be objects: {@code States.Runtime} is a
 * legitimate outcome there, but only in AWS's form.
 */
final class AslGenerator {

    static final List<String> SCHEMA = List.of("n", "m", "s", "b", "items", "obj", "zero", "ts");
    static final List<String> FAIL_ERRORS = List.of("OrderRejected", "Custom.Error");
    static final List<String> FUNCTIONS = List.of("echo", "fail-a", "fail-b", "flaky", "slow", "missing", "explode");
    static final String TOPIC = "arn:aws:sns:us-east-1:111111111111:orders";
    static final String GONE_TOPIC = "arn:aws:sns:us-east-1:111111111111:gone";

    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
    private static final String ALPHABET = "ab ,.{}'\"\\$[]*é😀\n";
    private static final List<String> LOOSE_PATHS = List.of("$.missing", "$.n.x", "$.items[7]", "$.items[*]", "$..n",
            "$['s']", "$.obj", "$$.Map.Item.Value", "$$.Execution.Input", "$.items[?(@ > 2)]", "$.s", "$", "$.b",
            "$.big", "$.big", "$.items[-1]", "$.ts", "$.items.length()", "$$.State.RetryCount");

    private final Random random;
    private final int size;
    private final boolean typed;
    private int counter;

    AslGenerator(Random random, int size, boolean typed) {
        this.random = random;
        this.size = Math.max(1, size);
        this.typed = typed;
    }

    ObjectNode definition() {
        return graph(0);
    }

    /** An input of the typed schema, or (loose mode, sometimes) any JSON value. */
    JsonNode input() {
        if (!typed && random.nextInt(4) == 0) {
            return randomJson(2);
        }
        ObjectNode input = Json.object();
        input.put("n", random.nextInt(101) - 50);
        input.put("m", random.nextInt(101) - 50);
        input.put("s", randomString());
        input.put("b", random.nextBoolean());
        ArrayNode items = input.putArray("items");
        for (int i = 0, count = 1 + random.nextInt(4); i < count; i++) {
            items.add(random.nextInt(10));
        }
        input.set("obj", randomObject(2));
        input.put("zero", 0);
        input.put("ts", "2020-0" + (1 + random.nextInt(9)) + "-15T10:00:00Z");
        if (!typed) {
            input.set("big", awkwardNumber());
        }
        return input;
    }

    private ObjectNode graph(int depth) {
        int count = 1 + random.nextInt(Math.min(8, 1 + size / (depth + 1)));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("S" + (++counter));
        }
        ObjectNode states = Json.object();
        for (int i = 0; i < count; i++) {
            states.set(names.get(i), state(depth, names, i));
        }
        prune(names.getFirst(), states);
        ObjectNode graph = Json.object();
        graph.put("StartAt", names.getFirst());
        graph.set("States", states);
        return graph;
    }

    private ObjectNode state(int depth, List<String> names, int index) {
        boolean last = index == names.size() - 1;
        int roll = random.nextInt(100);
        ObjectNode state;
        if (roll < 28) {
            state = pass();
        } else if (roll < 40 && !last) {
            return choice(names, index);
        } else if (roll < 46) {
            state = waitZero();
        } else if (roll < 68) {
            state = task(names, index);
        } else if (roll < 75 && depth < 2) {
            state = parallel(depth, names, index);
        } else if (roll < 82 && depth < 2) {
            state = map(depth, names, index);
        } else if (roll < 88) {
            return fail();
        } else if (roll < 92) {
            return Json.object().put("Type", "Succeed");
        } else {
            state = pass();
        }
        if (last) {
            state.put("End", true);
        } else {
            state.put("Next", names.get(index + 1));
        }
        return state;
    }

    private ObjectNode pass() {
        ObjectNode state = Json.object().put("Type", "Pass");
        if (random.nextInt(3) == 0) {
            state.set("Result", randomJson(2));
        } else if (random.nextInt(4) != 0) {
            state.set("Parameters", template());
        }
        resultPath(state);
        if (!typed) {
            maybeLoosePath(state, "InputPath");
            maybeLoosePath(state, "OutputPath");
        }
        return state;
    }

    private ObjectNode choice(List<String> names, int index) {
        ObjectNode state = Json.object().put("Type", "Choice");
        ArrayNode choices = state.putArray("Choices");
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            ObjectNode rule = rule(0);
            rule.put("Next", forward(names, index));
            choices.add(rule);
        }
        if (typed || random.nextInt(4) != 0) {
            state.put("Default", names.get(index + 1));
        } else {
            // No Default: when no rule matches, States.NoChoiceMatched. The chain still needs its next state.
            choices.add(Json.object().put("Variable", "$").put("IsPresent", true).put("Next", names.get(index + 1)));
        }
        if (!typed) {
            maybeLoosePath(state, "InputPath");
        }
        return state;
    }

    private ObjectNode rule(int depth) {
        int roll = random.nextInt(depth < 2 ? 16 : 12);
        return switch (roll) {
            case 0 -> comparison("$.n", "NumericLessThan", NODES.numberNode(random.nextInt(101) - 50));
            case 1 -> comparison("$.n", "NumericEquals", NODES.numberNode(random.nextInt(11) - 5));
            case 2 -> comparison("$.n", "NumericGreaterThanEqualsPath", NODES.textNode("$.m"));
            case 3 -> comparison("$.s", "StringEquals", NODES.textNode(randomString()));
            case 4 -> comparison("$.s", "StringMatches", NODES.textNode("*" + (char) ('a' + random.nextInt(3)) + "*"));
            case 5 -> comparison("$.s", "StringLessThan", NODES.textNode(randomString()));
            case 6 -> comparison("$.b", "BooleanEquals", NODES.booleanNode(random.nextBoolean()));
            case 7 -> comparison(typed ? "$.missing" : loosePath(), "IsPresent", NODES.booleanNode(random.nextBoolean()));
            case 8 -> comparison(typed ? "$.s" : loosePath(), "IsNumeric", NODES.booleanNode(random.nextBoolean()));
            case 9 -> comparison("$.ts", "TimestampLessThan", NODES.textNode("2020-05-01T00:00:00Z"));
            case 10 -> comparison(typed ? "$.obj" : loosePath(), "IsNull", NODES.booleanNode(random.nextBoolean()));
            case 11 -> typed
                    ? comparison("$.n", "NumericLessThanEqualsPath", NODES.textNode("$.zero"))
                    : comparison(loosePath(), "NumericEqualsPath", NODES.textNode(loosePath()));
            case 12, 13 -> {
                ObjectNode combined = Json.object();
                ArrayNode rules = combined.putArray(roll == 12 ? "And" : "Or");
                for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
                    rules.add(rule(depth + 1));
                }
                yield combined;
            }
            default -> {
                ObjectNode not = Json.object();
                not.set("Not", rule(depth + 1));
                yield not;
            }
        };
    }

    private ObjectNode comparison(String variable, String operator, JsonNode operand) {
        ObjectNode rule = Json.object().put("Variable", typed || random.nextInt(3) != 0 ? variable : loosePath());
        rule.set(operator, operand);
        return rule;
    }

    private ObjectNode waitZero() {
        ObjectNode state = Json.object().put("Type", "Wait");
        switch (random.nextInt(typed ? 3 : 6)) {
            case 0 -> state.put("Seconds", 0);
            case 1 -> state.put("SecondsPath", "$.zero");
            case 2 -> state.put("Timestamp", "2016-03-14T01:59:00Z");
            case 3 -> state.put("TimestampPath", loosePath());
            case 4 -> state.put("Timestamp", random.nextBoolean() ? "9999-12-31T23:59:59Z" : "+999999999-12-31T23:59:59Z");
            default -> state.put("SecondsPath", random.nextBoolean() ? "$.big" : loosePath());
        }
        return state;
    }

    private ObjectNode fail() {
        ObjectNode state = Json.object().put("Type", "Fail");
        if (random.nextInt(4) == 0) {
            state.put("ErrorPath", typed ? "States.Format('Err{}', $.zero)" : loosePath());
            state.put("CausePath", typed ? "States.Format('n is {}', $.n)" : loosePath());
        } else {
            state.put("Error", FAIL_ERRORS.get(random.nextInt(FAIL_ERRORS.size())));
            state.put("Cause", randomString());
        }
        return state;
    }

    private ObjectNode task(List<String> names, int index) {
        ObjectNode state = Json.object().put("Type", "Task");
        String function = FUNCTIONS.get(random.nextInt(FUNCTIONS.size()));
        switch (random.nextInt(3)) {
            case 0 -> state.put("Resource", "arn:aws:lambda:us-east-1:111111111111:function:" + function);
            case 1 -> {
                state.put("Resource", "arn:aws:states:::lambda:invoke");
                ObjectNode parameters = state.putObject("Parameters").put("FunctionName", function);
                parameters.put("Payload.$", "$");
                if (random.nextBoolean()) {
                    state.putObject("ResultSelector").put("payload.$", "$.Payload");
                }
            }
            default -> {
                state.put("Resource", "arn:aws:states:::sns:publish");
                ObjectNode parameters = state.putObject("Parameters");
                parameters.put("TopicArn", random.nextInt(4) == 0 ? GONE_TOPIC : TOPIC);
                parameters.put("Message.$", typed ? "$.s" : loosePath());
            }
        }
        if (random.nextInt(3) == 0) {
            state.put("TimeoutSeconds", 5);
        } else if (!typed && random.nextInt(4) == 0) {
            state.put("TimeoutSecondsPath", loosePath());
        }
        if (!typed && random.nextInt(4) == 0) {
            state.putObject("ResultSelector").put("picked.$", loosePath());
        }
        recovery(state, names, index);
        resultPath(state);
        return state;
    }

    private ObjectNode parallel(int depth, List<String> names, int index) {
        ObjectNode state = Json.object().put("Type", "Parallel");
        ArrayNode branches = state.putArray("Branches");
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            branches.add(graph(depth + 1));
        }
        if (random.nextInt(4) == 0) {
            state.putObject("ResultSelector").put("first.$", "$[0]");
        }
        recovery(state, names, index);
        resultPath(state);
        return state;
    }

    private ObjectNode map(int depth, List<String> names, int index) {
        ObjectNode state = Json.object().put("Type", "Map");
        state.put("ItemsPath", typed ? "$.items" : random.nextBoolean() ? "$.items" : loosePath());
        if (typed || random.nextBoolean()) {
            // Each iteration sees the schema again, with n bound to the item.
            ObjectNode selector = state.putObject(random.nextBoolean() ? "ItemSelector" : "Parameters");
            for (String field : SCHEMA) {
                selector.put(field + ".$", field.equals("n") ? "$$.Map.Item.Value" : "$." + field);
            }
            selector.put("index.$", "$$.Map.Item.Index");
        }
        state.set(random.nextBoolean() ? "ItemProcessor" : "Iterator", graph(depth + 1));
        if (!typed && random.nextInt(3) == 0) {
            state.put("MaxConcurrencyPath", loosePath());
        } else {
            state.put("MaxConcurrency", random.nextInt(4));
        }
        if (random.nextInt(4) == 0) {
            state.putObject("ResultSelector").put("count.$", "States.ArrayLength($)");
        }
        recovery(state, names, index);
        resultPath(state);
        return state;
    }

    private void recovery(ObjectNode state, List<String> names, int index) {
        List<String> errors = List.of("ErrA", "ErrB", "Flaky", "States.ALL", "States.TaskFailed", "States.Timeout",
                "OrderRejected", "Lambda.ResourceNotFoundException", "SNS.NotFoundException");
        if (random.nextBoolean()) {
            ArrayNode retry = state.putArray("Retry");
            for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
                ObjectNode retrier = retry.addObject();
                retrier.set("ErrorEquals", errorEquals(errors));
                retrier.put("MaxAttempts", random.nextInt(4));
                retrier.put("IntervalSeconds", 1 + random.nextInt(3));
                retrier.put("BackoffRate", 1 + random.nextInt(4) * 0.5);
                if (random.nextBoolean()) {
                    retrier.put("MaxDelaySeconds", 1 + random.nextInt(5));
                }
                if (random.nextBoolean()) {
                    retrier.put("JitterStrategy", random.nextBoolean() ? "FULL" : "NONE");
                }
            }
        }
        if (index < names.size() - 1 && random.nextBoolean()) {
            ArrayNode catchers = state.putArray("Catch");
            for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
                ObjectNode catcher = catchers.addObject();
                catcher.set("ErrorEquals", errorEquals(errors));
                catcher.put("Next", forward(names, index));
                if (typed || random.nextBoolean()) {
                    catcher.put("ResultPath", "$.caught");
                }
            }
        }
    }

    private ArrayNode errorEquals(List<String> errors) {
        ArrayNode list = NODES.arrayNode();
        if (random.nextInt(4) == 0) {
            return list.add("States.ALL");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            String error = errors.get(random.nextInt(errors.size()));
            if (!error.equals("States.ALL")) {
                chosen.add(error);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add("ErrA");
        }
        chosen.forEach(list::add);
        return list;
    }

    private void resultPath(ObjectNode state) {
        if (typed || random.nextInt(3) != 0) {
            state.put("ResultPath", "$.r" + (++counter));
            return;
        }
        switch (random.nextInt(9)) {
            case 0 -> state.putNull("ResultPath");
            case 1 -> state.put("ResultPath", "$");
            case 2 -> state.put("ResultPath", "$.n.x");
            case 3 -> state.put("ResultPath", "$.items[0]");
            case 4 -> state.put("ResultPath", "$.items[-1]");
            case 5 -> state.put("ResultPath", "$.items[9]");
            case 6 -> state.put("ResultPath", "$['a b'].c");
            case 7 -> state.put("ResultPath", "$.obj.deep[0]");
            default -> { }
        }
    }

    private void maybeLoosePath(ObjectNode state, String field) {
        if (random.nextInt(4) == 0) {
            if (random.nextInt(5) == 0) {
                state.putNull(field);
            } else {
                state.put(field, loosePath());
            }
        }
    }

    /** A Parameters template: literals, paths, context paths and intrinsic functions, possibly nested. */
    private ObjectNode template() {
        ObjectNode template = Json.object();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            String key = "k" + i;
            switch (random.nextInt(5)) {
                case 0 -> template.set(key, randomJson(1));
                case 1 -> template.put(key + ".$", typed ? "$." + SCHEMA.get(random.nextInt(SCHEMA.size())) : loosePath());
                case 2 -> template.put(key + ".$", random.nextBoolean() ? "$$.State.Name" : "$$.Execution.Input");
                case 3 -> template.set(key, Json.object().put("inner.$", intrinsic()));
                default -> template.put(key + ".$", intrinsic());
            }
        }
        return template;
    }

    private String intrinsic() {
        List<Supplier<String>> typedCalls = List.of(
                () -> "States.MathAdd($.n, " + (random.nextInt(201) - 100) + ")",
                () -> "States.MathAdd($.n, $.m)",
                () -> "States.Format('v={} s={}', $.n, $.s)",
                () -> "States.Format('{}', $.obj)",
                () -> "States.Format('count {}', States.ArrayLength($.items))",
                () -> "States.ArrayLength($.items)",
                () -> "States.ArrayContains($.items, $.n)",
                () -> "States.ArrayGetItem($.items, 0)",
                () -> "States.StringSplit($.s, ',')",
                () -> "States.JsonToString($.obj)",
                () -> "States.StringToJson(States.JsonToString($.obj))",
                () -> "States.Array($.n, $.s, $.b)",
                () -> "States.ArrayPartition($.items, " + (1 + random.nextInt(3)) + ")",
                () -> "States.ArrayRange(1, " + random.nextInt(20) + ", " + (1 + random.nextInt(3)) + ")",
                () -> "States.ArrayUnique($.items)",
                () -> "States.Base64Encode($.s)",
                () -> "States.Base64Decode(States.Base64Encode($.s))",
                () -> "States.Hash($.s, '" + List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512").get(random.nextInt(5)) + "')",
                () -> "States.JsonMerge($.obj, $.obj, false)",
                () -> "States.UUID()",
                () -> "States.MathRandom(1, 100)");
        List<Supplier<String>> looseCalls = List.of(
                () -> "States.MathAdd(" + loosePath() + ", 1)",
                () -> "States.MathAdd($.n, " + randomNumberText() + ")",
                () -> "States.Format('{} {}', " + loosePath() + ")",
                () -> "States.ArrayGetItem($.items, " + (random.nextInt(20) - 5) + ")",
                () -> "States.ArrayLength(" + loosePath() + ")",
                () -> "States.ArrayPartition($.items, " + (random.nextInt(4) - 1) + ")",
                () -> "States.ArrayRange(" + randomNumberText() + ", " + randomNumberText() + ", " + randomNumberText() + ")",
                () -> "States.Base64Decode(" + loosePath() + ")",
                () -> "States.StringToJson(" + loosePath() + ")",
                () -> "States.StringSplit(" + loosePath() + ", " + loosePath() + ")",
                () -> "States.Hash(" + loosePath() + ", 'SHA-3')",
                () -> "States.JsonMerge(" + loosePath() + ", $.obj, false)",
                () -> "States.MathRandom(" + randomNumberText() + ", " + randomNumberText() + ")",
                () -> "States.ArrayContains(" + loosePath() + ", " + loosePath() + ")",
                () -> "States.Format(" + loosePath() + ")",
                () -> "States.MathAdd($.big, " + randomNumberText() + ")",
                () -> "States.ArrayGetItem($.items, $.big)",
                () -> "States.ArrayRange(0, $.big, " + randomNumberText() + ")",
                () -> "States.ArrayPartition($.items, $.big)",
                () -> "States.MathRandom(" + randomNumberText() + ", $.big)",
                () -> "States.Format('{}', $.big)");
        List<Supplier<String>> calls = typed || random.nextBoolean() ? typedCalls : looseCalls;
        return calls.get(random.nextInt(calls.size())).get();
    }

    private JsonNode awkwardNumber() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(new java.math.BigDecimal("1E+30"));
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1.5"));
            case 3 -> NODES.numberNode(Long.MAX_VALUE);
            case 4 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999"));
            case 5 -> NODES.numberNode(2_147_483_648L);
            default -> NODES.numberNode(3);
        };
    }

    private String randomNumberText() {
        return switch (random.nextInt(7)) {
            case 0 -> "0";
            case 1 -> String.valueOf(random.nextInt(2001) - 1000);
            case 2 -> "1.5";
            case 3 -> "-2.5";
            case 4 -> "99999999999999";
            case 5 -> "99999999999999999999999";
            default -> "1e3";
        };
    }

    private String loosePath() {
        return LOOSE_PATHS.get(random.nextInt(LOOSE_PATHS.size()));
    }

    private String forward(List<String> names, int index) {
        return names.get(index + 1 + random.nextInt(names.size() - index - 1));
    }

    private JsonNode randomJson(int depth) {
        int roll = random.nextInt(depth > 0 ? 8 : 6);
        return switch (roll) {
            case 0 -> NODES.numberNode(random.nextInt(2001) - 1000);
            case 1 -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(10000)).movePointLeft(2));
            case 2 -> NODES.textNode(randomString());
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.textNode("");
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0, count = random.nextInt(4); i < count; i++) {
                    array.add(randomJson(depth - 1));
                }
                yield array;
            }
            default -> randomObject(depth - 1);
        };
    }

    private ObjectNode randomObject(int depth) {
        ObjectNode object = Json.object();
        for (int i = 0, count = random.nextInt(4); i < count; i++) {
            object.set(random.nextBoolean() ? "f" + i : randomString(), depth > 0 ? randomJson(depth) : NODES.numberNode(i));
        }
        return object;
    }

    private String randomString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, length = random.nextInt(8); i < length; i++) {
            text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                    random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return text.toString();
    }

    /** Removes the states that no transition from {@code start} reaches (what follows a Succeed or Fail). */
    private static void prune(String start, ObjectNode states) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String name = todo.poll();
            JsonNode state = states.get(name);
            if (state == null || !seen.add(name)) {
                continue;
            }
            List<JsonNode> targets = new ArrayList<>(List.of(state.path("Next"), state.path("Default")));
            state.path("Choices").forEach(rule -> targets.add(rule.path("Next")));
            state.path("Catch").forEach(catcher -> targets.add(catcher.path("Next")));
            targets.stream().filter(JsonNode::isTextual).forEach(target -> todo.add(target.textValue()));
        }
        List<String> unreachable = new ArrayList<>();
        states.properties().forEach(field -> {
            if (!seen.contains(field.getKey())) {
                unreachable.add(field.getKey());
            }
        });
        states.remove(unreachable);
    }
}
