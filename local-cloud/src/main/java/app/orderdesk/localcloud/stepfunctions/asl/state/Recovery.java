package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.ErrorMatcher;
import app.orderdesk.localcloud.stepfunctions.asl.error.Retrier;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Applies a state's Retry and Catch fields around the work of a Task, Parallel or Map state. */
final class Recovery {

    private Recovery() {}

    /** Either the work's result or the transition chosen by a catcher. */
    sealed interface Outcome {
        record Done(JsonNode result, int retryCount) implements Outcome {}

        record Caught(Transition transition) implements Outcome {}
    }

    /**
     * @param attempt the work, given the number of retries so far ({@code $$.State.RetryCount})
     */
    static Outcome run(StateRun run, JsonNode rawInput, IntFunction<JsonNode> attempt) {
        List<Retrier> retriers = new ArrayList<>();
        run.node().path("Retry").forEach(node -> retriers.add(Retrier.of(node)));
        int[] granted = new int[retriers.size()];
        int retryCount = 0;
        while (true) {
            try {
                return new Outcome.Done(attempt.apply(retryCount), retryCount);
            } catch (StatesError failure) {
                if (!failure.catchable()) {
                    throw failure;
                }
                int index = firstRetrier(retriers, failure.error());
                if (index >= 0 && granted[index] < retriers.get(index).maxAttempts()) {
                    Retrier retrier = retriers.get(index);
                    run.runtime().sleep(retrier.delayBeforeRetry(granted[index], run.runtime().jitter()));
                    granted[index]++;
                    retryCount++;
                    continue;
                }
                for (JsonNode catcher : run.node().path("Catch")) {
                    if (ErrorMatcher.matches(catcher.get("ErrorEquals"), failure.error())) {
                        ObjectNode errorOutput = Json.object();
                        errorOutput.put("Error", failure.error());
                        if (failure.causeText() != null) {
                            errorOutput.put("Cause", failure.causeText());
                        }
                        JsonNode output = StateIo.applyResultPath(catcher, rawInput, errorOutput);
                        return new Outcome.Caught(new Transition(output, catcher.get("Next").asText()));
                    }
                }
                throw failure;
            }
        }
    }

    /** AWS consults only the first retrier whose ErrorEquals matches. */
    private static int firstRetrier(List<Retrier> retriers, String error) {
        for (int i = 0; i < retriers.size(); i++) {
            if (retriers.get(i).matches(error)) {
                return i;
            }
        }
        return -1;
    }
}
