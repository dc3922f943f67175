package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One entry into a state: its definition, when and at which history event it was entered. */
public record StateRun(ExecutionRuntime runtime, String name, JsonNode node, long enteredEventId, Instant enteredTime) {

    /**
     * The context object for this state; {@code retryCount} is set for states that can retry. Only a
     * {@code $$} path reads it, so a state whose definition has none gets an empty object instead.
     */
    public ObjectNode context(Integer retryCount) {
        return runtime.readsContext(node) ? runtime.context(name, enteredTime, retryCount) : Json.object();
    }

    public ObjectNode context() {
        return context(null);
    }

    /** A field of the state definition as text, or null. */
    public String text(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
