package app.orderdesk.localcloud.stepfunctions.asl.payload;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicFunctions;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicParser;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Resolves a payload template (Parameters, ResultSelector, ItemSelector): {@code "key.$"} fields are evaluated. */
public final class PayloadTemplate {

    private PayloadTemplate() {}

    public static JsonNode resolve(JsonNode template, JsonNode input, JsonNode context) {
        if (template instanceof ObjectNode object) {
            ObjectNode out = Json.object();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.endsWith(".$") && value.isTextual()) {
                    out.set(key.substring(0, key.length() - 2), evaluate(key, value.textValue(), input, context));
                } else {
                    out.set(key, resolve(value, input, context));
                }
            }
            return out;
        }
        if (template instanceof ArrayNode array) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            array.forEach(item -> out.add(resolve(item, input, context)));
            return out;
        }
        return template;
    }

    private static JsonNode evaluate(String field, String expression, JsonNode input, JsonNode context) {
        if (IntrinsicParser.isIntrinsic(expression)) {
            return IntrinsicFunctions.evaluate(expression, input, context);
        }
        try {
            return JsonPaths.read(expression, input, context);
        } catch (JsonPaths.PathException e) {
            throw StatesError.runtime("The JSONPath '" + expression + "' specified for the field '" + field
                    + "' could not be found in the input '" + Json.write(input) + "'");
        }
    }
}
