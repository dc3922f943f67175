package app.orderdesk.localcloud.stepfunctions.conformance;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One line of the conformance corpus (cases.jsonl). */
public record ConformanceCase(String id, JsonNode definition, JsonNode input, JsonNode expect, List<String> states,
                              JsonNode stubs, List<String> ignore, List<String> tags) {

    public static ConformanceCase parse(String line) {
        JsonNode node = Json.parse(line);
        return new ConformanceCase(
                node.get("id").asText(),
                node.get("definition"),
                node.get("input"),
                node.get("expect"),
                node.has("states") ? strings(node.get("states")) : null,
                node.path("stubs"),
                strings(node.path("ignore")),
                strings(node.path("tags")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
