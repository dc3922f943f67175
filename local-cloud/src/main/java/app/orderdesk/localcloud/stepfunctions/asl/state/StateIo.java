package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import app.orderdesk.localcloud.stepfunctions.asl.payload.PayloadTemplate;
import app.orderdesk.localcloud.stepfunctions.asl.path.ResultPaths;
import com.fasterxml.jackson.databind.JsonNode;

/** The ASL input/output pipeline: InputPath, Parameters, ResultSelector, ResultPath and OutputPath. */
public final class StateIo {

    private StateIo() {}

    /** InputPath: absent means {@code $}, an explicit null means an empty object. */
    public static JsonNode inputPath(StateRun run, JsonNode input) {
        return selectPath(run, "InputPath", input);
    }

    /** OutputPath: absent means {@code $}, an explicit null means an empty object. */
    public static JsonNode outputPath(StateRun run, JsonNode output) {
        return selectPath(run, "OutputPath", output);
    }

    private static JsonNode selectPath(StateRun run, String field, JsonNode value) {
        if (!run.node().has(field)) {
            return value;
        }
        JsonNode path = run.node().get(field);
        if (path.isNull()) {
            return Json.object();
        }
        try {
            return JsonPaths.read(path.asText(), value, run.context());
        } catch (JsonPaths.PathException e) {
            throw StatesError.runtime("Invalid path '" + path.asText() + "' : " + e.getMessage());
        }
    }

    /** Parameters (or another payload template field) applied to the effective input. */
    public static JsonNode template(StateRun run, String field, JsonNode input, JsonNode context) {
        JsonNode template = run.node().get(field);
        return template == null ? input : PayloadTemplate.resolve(template, input, context);
    }

    /** ResultPath: absent means {@code $}, an explicit null discards the result. */
    public static JsonNode resultPath(StateRun run, JsonNode rawInput, JsonNode result) {
        return applyResultPath(run.node(), rawInput, result);
    }

    static JsonNode applyResultPath(JsonNode holder, JsonNode rawInput, JsonNode result) {
        if (!holder.has("ResultPath")) {
            return result;
        }
        JsonNode path = holder.get("ResultPath");
        if (path.isNull()) {
            return rawInput;
        }
        try {
            return ResultPaths.merge(rawInput, path.asText(), result);
        } catch (JsonPaths.PathException | NumberFormatException e) {
            throw StatesError.runtime("Invalid path '" + path.asText() + "' : " + e.getMessage());
        }
    }

    /** ResultSelector, ResultPath and OutputPath applied to a task-like state's result. */
    public static JsonNode finish(StateRun run, JsonNode rawInput, JsonNode result, JsonNode context) {
        JsonNode selected = template(run, "ResultSelector", result, context);
        return outputPath(run, resultPath(run, rawInput, selected));
    }
}
