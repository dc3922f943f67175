package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicFunctions;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicParser;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;

/** Fail: ends its branch with Error/ErrorPath and Cause/CausePath. */
final class FailState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        String error = resolve(run, input, "Error", "ErrorPath");
        String cause = resolve(run, input, "Cause", "CausePath");
        throw new StatesError(error, cause, true);
    }

    private static String resolve(StateRun run, JsonNode input, String field, String pathField) {
        if (run.node().has(field)) {
            return run.text(field);
        }
        String path = run.text(pathField);
        if (path == null) {
            return null;
        }
        JsonNode value;
        if (IntrinsicParser.isIntrinsic(path)) {
            value = IntrinsicFunctions.evaluate(path, input, run.context());
        } else {
            try {
                value = JsonPaths.read(path, input, run.context());
            } catch (JsonPaths.PathException e) {
                throw StatesError.runtime("The JSONPath '" + path + "' specified for the field '" + pathField
                        + "' could not be found in the input '" + Json.write(input) + "'");
            }
        }
        if (!value.isTextual()) {
            // Error names and causes are strings; AWS fails the state rather than stringify another value.
            throw StatesError.runtime("The value of the field '" + pathField + "' must resolve to a string, but '"
                    + path + "' resolved to '" + Json.write(value) + "'");
        }
        return value.textValue();
    }
}
