package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import app.orderdesk.localcloud.stepfunctions.asl.payload.PayloadTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Map: runs its ItemProcessor (or legacy Iterator) once per item. DISTRIBUTED mode is run inline,
 * since the corpus uses nothing from Distributed Map beyond the mode flag.
 */
final class MapState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        JsonNode effective = StateIo.inputPath(run, input);
        Recovery.Outcome outcome = Recovery.run(run, input, retryCount -> iterate(run, effective));
        return switch (outcome) {
            case Recovery.Outcome.Caught caught -> caught.transition();
            case Recovery.Outcome.Done done -> Transition.of(run, StateIo.finish(run, input, done.result(), run.context()));
        };
    }

    private static JsonNode iterate(StateRun run, JsonNode effective) {
        String itemsPath = run.node().has("ItemsPath") ? run.text("ItemsPath") : "$";
        JsonNode items;
        try {
            items = JsonPaths.read(itemsPath, effective, run.context());
        } catch (JsonPaths.PathException e) {
            throw StatesError.runtime("Invalid path '" + itemsPath + "' : " + e.getMessage());
        }
        if (!items.isArray()) {
            throw StatesError.runtime("Invalid path '" + itemsPath + "' : the ItemsPath did not resolve to an array: "
                    + Json.write(items));
        }
        int maxConcurrency = maxConcurrency(run, effective);
        JsonNode processor = run.node().has("ItemProcessor") ? run.node().get("ItemProcessor") : run.node().get("Iterator");
        ObjectNode started = Json.object().put("length", items.size());
        run.runtime().event("MapStateStarted", "mapStateStartedEventDetails", started);
        List<Supplier<JsonNode>> jobs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            JsonNode item = items.get(i);
            jobs.add(() -> runIteration(run, processor, effective, index, item));
        }
        try {
            List<JsonNode> outputs = run.runtime().branches().runAll(jobs, maxConcurrency);
            run.runtime().event("MapStateSucceeded", null, null);
            return Json.MAPPER.createArrayNode().addAll(outputs);
        } catch (StatesError e) {
            run.runtime().event("MapStateFailed", null, null);
            throw e;
        }
    }

    private static JsonNode runIteration(StateRun run, JsonNode processor, JsonNode effective, int index, JsonNode item) {
        JsonNode iterationInput = item;
        String selectorField = run.node().has("ItemSelector") ? "ItemSelector" : "Parameters";
        if (run.node().has(selectorField)) {
            ObjectNode context = run.context();
            ObjectNode mapItem = context.putObject("Map").putObject("Item");
            mapItem.put("Index", index);
            mapItem.set("Value", item);
            iterationInput = PayloadTemplate.resolve(run.node().get(selectorField), effective, context);
        }
        ObjectNode details = Json.object().put("name", run.name()).put("index", index);
        run.runtime().event("MapIterationStarted", "mapIterationStartedEventDetails", details);
        try {
            JsonNode output = StateMachineRunner.runBranch(run.runtime(), processor, iterationInput);
            run.runtime().event("MapIterationSucceeded", "mapIterationSucceededEventDetails", details.deepCopy());
            return output;
        } catch (StatesError e) {
            run.runtime().event("MapIterationFailed", "mapIterationFailedEventDetails", details.deepCopy());
            throw e;
        }
    }

    private static int maxConcurrency(StateRun run, JsonNode effective) {
        if (run.node().has("MaxConcurrency")) {
            return run.node().get("MaxConcurrency").asInt();
        }
        String path = run.text("MaxConcurrencyPath");
        if (path == null) {
            return 0;
        }
        JsonNode value = JsonPaths.readOrNull(path, effective, run.context());
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            String shown = value == null ? "null" : value.isTextual() ? value.textValue() : Json.write(value);
            throw StatesError.runtime("The MaxConcurrencyPath field refers to value \"" + shown
                    + "\" which is not a valid integer: " + path);
        }
        return value.asInt();
    }
}
