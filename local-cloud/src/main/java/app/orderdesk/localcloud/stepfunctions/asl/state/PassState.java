package app.orderdesk.localcloud.stepfunctions.asl.state;

import com.fasterxml.jackson.databind.JsonNode;

/** Pass: passes its input, its Parameters or its literal Result through the I/O pipeline. */
final class PassState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        JsonNode effective = StateIo.inputPath(run, input);
        JsonNode parameters = StateIo.template(run, "Parameters", effective, run.context());
        // Result is a literal: ".$" keys inside it are not evaluated.
        JsonNode result = run.node().has("Result") ? run.node().get("Result") : parameters;
        return Transition.of(run, StateIo.outputPath(run, StateIo.resultPath(run, input, result)));
    }
}
