package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.choice.ChoiceRules;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import com.fasterxml.jackson.databind.JsonNode;

/** Choice: picks the Next of the first matching rule, else Default. */
final class ChoiceState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        JsonNode effective = StateIo.inputPath(run, input);
        JsonNode context = run.context();
        JsonNode output = StateIo.outputPath(run, effective);
        for (JsonNode rule : run.node().path("Choices")) {
            if (ChoiceRules.matches(rule, effective, context)) {
                return new Transition(output, rule.get("Next").asText());
            }
        }
        String fallback = run.text("Default");
        if (fallback == null) {
            throw new StatesError("States.NoChoiceMatched", "No Matches!", true);
        }
        return new Transition(output, fallback);
    }
}
