package app.orderdesk.localcloud.stepfunctions.asl.state;

import com.fasterxml.jackson.databind.JsonNode;

/** What a state decided: its output and the next state's name, or {@code null} when its branch ends. */
public record Transition(JsonNode output, String next) {

    /** Follows the state's own {@code Next}, or ends when it has {@code End: true}. */
    public static Transition of(StateRun run, JsonNode output) {
        JsonNode next = run.node().get("Next");
        return new Transition(output, next == null || next.isNull() ? null : next.asText());
    }
}
