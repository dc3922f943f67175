package app.orderdesk.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a definition the way CreateStateMachine does, before anything runs: every {@code StartAt},
 * {@code Next}, {@code Default} and catcher target names a state of its own scope, every state is
 * reachable, required fields are present and fields have the right types. Each problem is reported as
 * AWS does, {@code CODE: message at /json/pointer}, for example
 * {@code MISSING_TRANSITION_TARGET: Missing 'Next' target: Foo at /States/Bar/Next}.
 */
public final class DefinitionValidator {

    private static final List<String> TYPES =
            List.of("Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map");
    private static final String SCHEMA = "SCHEMA_VALIDATION_FAILED: ";
    private static final String TARGET = "MISSING_TRANSITION_TARGET: ";

    private final List<String> problems = new ArrayList<>();

    private DefinitionValidator() {}

    /** The problems found, in definition order; empty when the definition is valid. */
    public static List<String> problems(JsonNode definition) {
        DefinitionValidator validator = new DefinitionValidator();
        if (definition == null || !definition.isObject()) {
            validator.problems.add(SCHEMA + "The definition must be a JSON object at /");
        } else {
            validator.graph(definition, "");
        }
        return List.copyOf(validator.problems);
    }

    /** A state graph: the machine itself, a Parallel branch or a Map processor; {@code at} is its pointer. */
    private void graph(JsonNode graph, String at) {
        JsonNode states = graph.get("States");
        JsonNode startAt = graph.get("StartAt");
        List<String> missing = new ArrayList<>();
        if (startAt == null) {
            missing.add("StartAt");
        }
        if (states == null) {
            missing.add("States");
        }
        if (!missing.isEmpty()) {
            problems.add(SCHEMA + "These fields are required: " + missing + " at " + (at.isEmpty() ? "/" : at));
        }
        if (states != null && (!states.isObject() || states.isEmpty())) {
            problems.add(SCHEMA + "The value for the field 'States' must be a non-empty OBJECT at " + at + "/States");
            return;
        }
        if (startAt != null && !startAt.isTextual()) {
            problems.add(SCHEMA + "The value for the field 'StartAt' must be a STRING at " + at + "/StartAt");
        } else if (startAt != null && states != null && !states.has(startAt.textValue())) {
            problems.add(TARGET + "Missing 'Next' target: " + startAt.textValue() + " at " + at + "/StartAt");
        }
        if (states == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> state : states.properties()) {
            state(state.getKey(), state.getValue(), states, at + "/States/" + state.getKey());
        }
        if (startAt != null && startAt.isTextual()) {
            // With a StartAt that names no state, AWS reports every state as unreachable as well.
            Set<String> reachable = reachable(startAt.textValue(), states);
            for (String name : names(states)) {
                if (!reachable.contains(name)) {
                    problems.add(TARGET + "State \"" + name + "\" is not reachable. at " + at + "/States/" + name);
                }
            }
        }
    }

    private void state(String name, JsonNode state, JsonNode scope, String at) {
        if (!state.isObject()) {
            problems.add(SCHEMA + "The value for the state '" + name + "' must be an OBJECT at " + at);
            return;
        }
        JsonNode type = state.get("Type");
        if (type == null) {
            problems.add(SCHEMA + "These fields are required: [Type] at " + at);
            return;
        }
        if (!type.isTextual() || !TYPES.contains(type.textValue())) {
            problems.add(SCHEMA + "The field 'Type' should have one of these values: " + TYPES + " at " + at + "/Type");
            return;
        }
        optionalText(state, "Comment", at);
        for (String path : List.of("InputPath", "OutputPath", "ResultPath")) {
            JsonNode value = state.get(path);
            if (value != null && !value.isTextual() && !value.isNull()) {
                problems.add(SCHEMA + "The value for the field '" + path + "' must be a STRING or null at " + at + "/" + path);
            }
        }
        switch (type.textValue()) {
            case "Pass" -> transition(state, scope, at);
            case "Task" -> {
                if (!state.has("Resource")) {
                    problems.add(SCHEMA + "These fields are required: [Resource] at " + at);
                } else {
                    requireText(state, "Resource", at);
                }
                positiveInteger(state, "TimeoutSeconds", at);
                positiveInteger(state, "HeartbeatSeconds", at);
                optionalText(state, "TimeoutSecondsPath", at);
                optionalText(state, "HeartbeatSecondsPath", at);
                recovery(state, scope, at);
                transition(state, scope, at);
            }
            case "Wait" -> {
                List<String> present = new ArrayList<>();
                for (String field : List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath")) {
                    if (state.has(field)) {
                        present.add(field);
                    }
                }
                if (present.size() != 1) {
                    problems.add(SCHEMA + "Exactly one of [Seconds, Timestamp, SecondsPath, TimestampPath] is required at " + at);
                }
                JsonNode seconds = state.get("Seconds");
                if (seconds != null && (!seconds.isIntegralNumber() || seconds.asLong() < 0)) {
                    problems.add(SCHEMA + "The value for the field 'Seconds' must be a NON_NEGATIVE_INTEGER at " + at + "/Seconds");
                }
                optionalText(state, "Timestamp", at);
                optionalText(state, "SecondsPath", at);
                optionalText(state, "TimestampPath", at);
                transition(state, scope, at);
            }
            case "Succeed" -> terminal(state, at);
            case "Fail" -> {
                for (String field : List.of("Error", "Cause", "ErrorPath", "CausePath")) {
                    optionalText(state, field, at);
                }
                terminal(state, at);
            }
            case "Choice" -> choice(state, scope, at);
            case "Parallel" -> {
                JsonNode branches = state.get("Branches");
                if (branches == null) {
                    problems.add(SCHEMA + "These fields are required: [Branches] at " + at);
                } else if (!branches.isArray() || branches.isEmpty()) {
                    problems.add(SCHEMA + "The value for the field 'Branches' must be a non-empty ARRAY at " + at + "/Branches");
                } else {
                    for (int i = 0; i < branches.size(); i++) {
                        subgraph(branches.get(i), at + "/Branches/" + i);
                    }
                }
                recovery(state, scope, at);
                transition(state, scope, at);
            }
            case "Map" -> {
                String field = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
                if (!state.has(field)) {
                    problems.add(SCHEMA + "These fields are required: [ItemProcessor] at " + at);
                } else {
                    subgraph(state.get(field), at + "/" + field);
                }
                optionalText(state, "ItemsPath", at);
                optionalText(state, "MaxConcurrencyPath", at);
                JsonNode concurrency = state.get("MaxConcurrency");
                if (concurrency != null && (!concurrency.isIntegralNumber() || concurrency.asLong() < 0)) {
                    problems.add(SCHEMA + "The value for the field 'MaxConcurrency' must be a NON_NEGATIVE_INTEGER at "
                            + at + "/MaxConcurrency");
                }
                recovery(state, scope, at);
                transition(state, scope, at);
            }
            default -> throw new IllegalStateException("unreachable: " + type);
        }
    }

    private void subgraph(JsonNode graph, String at) {
        if (graph == null || !graph.isObject()) {
            problems.add(SCHEMA + "The value must be an OBJECT with StartAt and States at " + at);
        } else {
            graph(graph, at);
        }
    }

    /** Pass, Task, Wait, Parallel and Map: exactly one of a Next naming a state in scope, or End: true. */
    private void transition(JsonNode state, JsonNode scope, String at) {
        JsonNode next = state.get("Next");
        JsonNode end = state.get("End");
        if (end != null && !end.isBoolean()) {
            problems.add(SCHEMA + "The value for the field 'End' must be a BOOLEAN at " + at + "/End");
            return;
        }
        boolean ends = end != null && end.booleanValue();
        if (next != null && ends) {
            problems.add(SCHEMA + "Only one of 'Next' or 'End' may be set at " + at);
        } else if (next == null && !ends) {
            problems.add(SCHEMA + "These fields are required: [Next or End: true] at " + at);
        } else if (next != null) {
            target(next, scope, at + "/Next");
        }
    }

    /** Succeed and Fail end their branch: they take neither Next nor End. */
    private void terminal(JsonNode state, String at) {
        for (String field : List.of("Next", "End")) {
            if (state.has(field)) {
                problems.add(SCHEMA + "The field '" + field + "' is not supported for a " + state.get("Type").textValue()
                        + " state at " + at + "/" + field);
            }
        }
    }

    private void target(JsonNode next, JsonNode scope, String at) {
        if (!next.isTextual()) {
            problems.add(SCHEMA + "The value for the field '" + at.substring(at.lastIndexOf('/') + 1)
                    + "' must be a STRING at " + at);
        } else if (!scope.has(next.textValue())) {
            problems.add(TARGET + "Missing 'Next' target: " + next.textValue() + " at " + at);
        }
    }

    private void choice(JsonNode state, JsonNode scope, String at) {
        terminal(state, at);
        JsonNode choices = state.get("Choices");
        if (choices == null) {
            problems.add(SCHEMA + "These fields are required: [Choices] at " + at);
        } else if (!choices.isArray() || choices.isEmpty()) {
            problems.add(SCHEMA + "The value for the field 'Choices' must be a non-empty ARRAY at " + at + "/Choices");
        } else {
            for (int i = 0; i < choices.size(); i++) {
                String ruleAt = at + "/Choices/" + i;
                JsonNode rule = choices.get(i);
                rule(rule, ruleAt);
                if (rule.isObject()) {
                    if (rule.has("Next")) {
                        target(rule.get("Next"), scope, ruleAt + "/Next");
                    } else {
                        problems.add(SCHEMA + "These fields are required: [Next] at " + ruleAt);
                    }
                }
            }
        }
        if (state.has("Default")) {
            target(state.get("Default"), scope, at + "/Default");
        }
    }

    /** A comparison (Variable + one operator), or And/Or over rules, or Not over one rule. */
    private void rule(JsonNode rule, String at) {
        if (!rule.isObject()) {
            problems.add(SCHEMA + "A choice rule must be an OBJECT at " + at);
            return;
        }
        for (String combinator : List.of("And", "Or")) {
            if (rule.has(combinator)) {
                JsonNode rules = rule.get(combinator);
                if (!rules.isArray() || rules.isEmpty()) {
                    problems.add(SCHEMA + "The value for the field '" + combinator + "' must be a non-empty ARRAY at "
                            + at + "/" + combinator);
                    return;
                }
                for (int i = 0; i < rules.size(); i++) {
                    nestedRule(rules.get(i), at + "/" + combinator + "/" + i);
                }
                return;
            }
        }
        if (rule.has("Not")) {
            nestedRule(rule.get("Not"), at + "/Not");
            return;
        }
        if (rule.has("Condition")) {
            // A JSONata rule: the engine does not run JSONata, but AWS accepts the definition.
            return;
        }
        JsonNode variable = rule.get("Variable");
        if (variable == null || !variable.isTextual()) {
            problems.add(SCHEMA + "These fields are required: [Variable] at " + at);
            return;
        }
        List<String> operators = new ArrayList<>();
        for (String field : names(rule)) {
            if (!field.equals("Variable") && !field.equals("Next") && !field.equals("Comment")) {
                operators.add(field);
            }
        }
        if (operators.size() != 1) {
            problems.add(SCHEMA + "A choice rule needs exactly one comparison operator, found " + operators + " at " + at);
            return;
        }
        String operator = operators.getFirst();
        String expected = operandType(operator);
        if (expected == null) {
            problems.add(SCHEMA + "Unknown comparison operator '" + operator + "' at " + at + "/" + operator);
            return;
        }
        JsonNode operand = rule.get(operator);
        boolean ok = switch (expected) {
            case "STRING" -> operand.isTextual();
            case "NUMBER" -> operand.isNumber();
            case "BOOLEAN" -> operand.isBoolean();
            default -> true;
        };
        if (!ok) {
            problems.add(SCHEMA + "The value for the field '" + operator + "' must be a " + expected + " at " + at + "/" + operator);
        }
    }

    private void nestedRule(JsonNode rule, String at) {
        rule(rule, at);
        if (rule.isObject() && rule.has("Next")) {
            problems.add(SCHEMA + "The field 'Next' is not supported inside And, Or or Not at " + at + "/Next");
        }
    }

    /** The JSON type an operator's operand must have, or null for an unknown operator. */
    private static String operandType(String operator) {
        if (operator.endsWith("Path")) {
            String base = operator.substring(0, operator.length() - 4);
            return operandType(base) == null || base.startsWith("Is") || base.equals("StringMatches") ? null : "STRING";
        }
        if (operator.startsWith("Is")) {
            return List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp").contains(operator)
                    ? "BOOLEAN" : null;
        }
        if (operator.equals("StringMatches")) {
            return "STRING";
        }
        if (operator.equals("BooleanEquals")) {
            return "BOOLEAN";
        }
        for (String family : List.of("String", "Numeric", "Timestamp")) {
            if (operator.startsWith(family) && List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals",
                    "GreaterThanEquals").contains(operator.substring(family.length()))) {
                return family.equals("Numeric") ? "NUMBER" : "STRING";
            }
        }
        return null;
    }

    private void recovery(JsonNode state, JsonNode scope, String at) {
        JsonNode retry = state.get("Retry");
        if (retry != null) {
            if (!retry.isArray()) {
                problems.add(SCHEMA + "The value for the field 'Retry' must be an ARRAY at " + at + "/Retry");
            } else {
                for (int i = 0; i < retry.size(); i++) {
                    String retrierAt = at + "/Retry/" + i;
                    JsonNode retrier = retry.get(i);
                    if (errorEquals(retrier, retrierAt)) {
                        positiveInteger(retrier, "IntervalSeconds", retrierAt);
                        positiveInteger(retrier, "MaxDelaySeconds", retrierAt);
                        JsonNode attempts = retrier.get("MaxAttempts");
                        if (attempts != null && (!attempts.isIntegralNumber() || attempts.asLong() < 0)) {
                            problems.add(SCHEMA + "The value for the field 'MaxAttempts' must be a NON_NEGATIVE_INTEGER at "
                                    + retrierAt + "/MaxAttempts");
                        }
                        JsonNode backoff = retrier.get("BackoffRate");
                        if (backoff != null && (!backoff.isNumber() || backoff.asDouble() < 1.0)) {
                            problems.add(SCHEMA + "The value for the field 'BackoffRate' must be a NUMBER >= 1.0 at "
                                    + retrierAt + "/BackoffRate");
                        }
                    }
                }
            }
        }
        JsonNode catchers = state.get("Catch");
        if (catchers != null) {
            if (!catchers.isArray()) {
                problems.add(SCHEMA + "The value for the field 'Catch' must be an ARRAY at " + at + "/Catch");
            } else {
                for (int i = 0; i < catchers.size(); i++) {
                    String catcherAt = at + "/Catch/" + i;
                    JsonNode catcher = catchers.get(i);
                    if (errorEquals(catcher, catcherAt)) {
                        if (catcher.has("Next")) {
                            target(catcher.get("Next"), scope, catcherAt + "/Next");
                        } else {
                            problems.add(SCHEMA + "These fields are required: [Next] at " + catcherAt);
                        }
                        JsonNode resultPath = catcher.get("ResultPath");
                        if (resultPath != null && !resultPath.isTextual() && !resultPath.isNull()) {
                            problems.add(SCHEMA + "The value for the field 'ResultPath' must be a STRING or null at "
                                    + catcherAt + "/ResultPath");
                        }
                    }
                }
            }
        }
    }

    /** A retrier or catcher object with a non-empty ErrorEquals array of strings; false if it is not even an object. */
    private boolean errorEquals(JsonNode holder, String at) {
        if (!holder.isObject()) {
            problems.add(SCHEMA + "The value must be an OBJECT at " + at);
            return false;
        }
        JsonNode errors = holder.get("ErrorEquals");
        if (errors == null) {
            problems.add(SCHEMA + "These fields are required: [ErrorEquals] at " + at);
        } else if (!errors.isArray() || errors.isEmpty() || !allText(errors)) {
            problems.add(SCHEMA + "The value for the field 'ErrorEquals' must be a non-empty ARRAY of STRING at "
                    + at + "/ErrorEquals");
        }
        return true;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private void requireText(JsonNode holder, String field, String at) {
        if (!holder.get(field).isTextual()) {
            problems.add(SCHEMA + "The value for the field '" + field + "' must be a STRING at " + at + "/" + field);
        }
    }

    private void optionalText(JsonNode holder, String field, String at) {
        if (holder.has(field)) {
            requireText(holder, field, at);
        }
    }

    private void positiveInteger(JsonNode holder, String field, String at) {
        JsonNode value = holder.get(field);
        if (value != null && (!value.isIntegralNumber() || value.asLong() <= 0)) {
            problems.add(SCHEMA + "The value for the field '" + field + "' must be a POSITIVE_INTEGER at " + at + "/" + field);
        }
    }

    /** The states reachable from {@code start} through Next, Default, choice rules and catchers. */
    private static Set<String> reachable(String start, JsonNode states) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            JsonNode state = states.get(name);
            if (state == null || !seen.add(name) || !state.isObject()) {
                continue;
            }
            List<JsonNode> targets = new ArrayList<>();
            targets.add(state.get("Next"));
            targets.add(state.get("Default"));
            state.path("Choices").forEach(rule -> targets.add(rule.get("Next")));
            state.path("Catch").forEach(catcher -> targets.add(catcher.get("Next")));
            for (JsonNode target : targets) {
                if (target != null && target.isTextual()) {
                    todo.add(target.textValue());
                }
            }
        }
        return seen;
    }
}
