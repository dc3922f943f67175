package app.orderdesk.localcloud.stepfunctions.asl.state;

import com.fasterxml.jackson.databind.JsonNode;

/** Succeed: ends its branch successfully with its (path-filtered) input. */
final class SucceedState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        return new Transition(StateIo.outputPath(run, StateIo.inputPath(run, input)), null);
    }
}
