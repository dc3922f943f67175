package app.orderdesk.localcloud.stepfunctions.asl.state;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The top-level state an execution entered last and the input it entered with: where a redriven
 * execution continues (RedriveExecution re-enters the state that did not finish, with the same input).
 */
public final class ResumePoint {

    private volatile Entry entry;

    /** A state and its input. */
    public record Entry(String stateName, JsonNode input) {}

    void entered(String stateName, JsonNode input) {
        entry = new Entry(stateName, input);
    }

    /** The last entered state, or null when the execution ended before entering any. */
    public Entry last() {
        return entry;
    }
}
