package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionRuntime;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Wait: sleeps on the execution clock for Seconds(Path) or until Timestamp(Path). */
final class WaitState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        JsonNode effective = StateIo.inputPath(run, input);
        Instant now = run.runtime().clock().now();
        Instant until = ExecutionRuntime.plusSaturated(now, waitDuration(run, effective, now));
        Duration wait = Duration.between(now, until);
        if (!wait.isNegative()) {
            run.runtime().sleep(wait);
        }
        return Transition.of(run, StateIo.outputPath(run, effective));
    }

    private static Duration waitDuration(StateRun run, JsonNode input, Instant now) {
        JsonNode node = run.node();
        if (node.has("Seconds")) {
            return Duration.ofSeconds(node.get("Seconds").asLong());
        }
        if (node.has("Timestamp")) {
            return Duration.between(now, parseTimestamp(node.get("Timestamp").asText(), "Timestamp", null));
        }
        if (node.has("SecondsPath")) {
            String path = node.get("SecondsPath").asText();
            JsonNode value = read(path, input, run, "SecondsPath");
            if (!value.isNumber() || !isIntegral(value.decimalValue()) || !fitsLong(value.decimalValue())) {
                throw StatesError.runtime("The SecondsPath parameter cannot be parsed as a long value: "
                        + path + " == " + render(value));
            }
            long seconds = value.decimalValue().longValueExact();
            if (seconds < 0) {
                throw StatesError.runtime("The SecondsPath parameter references a negative value: "
                        + path + " == " + render(value));
            }
            return Duration.ofSeconds(seconds);
        }
        if (node.has("TimestampPath")) {
            String path = node.get("TimestampPath").asText();
            JsonNode value = read(path, input, run, "TimestampPath");
            return Duration.between(now, parseTimestamp(value.isTextual() ? value.textValue() : render(value),
                    "TimestampPath", path));
        }
        throw StatesError.runtime("Wait state without Seconds, SecondsPath, Timestamp or TimestampPath");
    }

    private static JsonNode read(String path, JsonNode input, StateRun run, String field) {
        try {
            return JsonPaths.read(path, input, run.context());
        } catch (JsonPaths.PathException e) {
            throw StatesError.runtime("The " + field + " parameter does not reference an input value: " + path);
        }
    }

    private static Instant parseTimestamp(String text, String field, String path) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            String reference = path == null ? text : path + " == " + text;
            throw StatesError.runtime("The " + field
                    + " parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                    + reference);
        }
    }

    /** 1E+30 is integral but no long: AWS reports it as unparsable, like 1.5. */
    private static boolean fitsLong(BigDecimal value) {
        try {
            value.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static String render(JsonNode value) {
        return value.isTextual() ? value.textValue() : Json.write(value);
    }
}
