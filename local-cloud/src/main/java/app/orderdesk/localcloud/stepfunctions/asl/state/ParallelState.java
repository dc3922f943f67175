package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Parallel: runs every branch on the same input and collects their outputs in branch order. */
final class ParallelState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        JsonNode effective = StateIo.inputPath(run, input);
        Recovery.Outcome outcome = Recovery.run(run, input, retryCount -> {
            JsonNode branchInput = StateIo.template(run, "Parameters", effective, run.context());
            run.runtime().event("ParallelStateStarted", null, null);
            List<Supplier<JsonNode>> jobs = new ArrayList<>();
            for (JsonNode branch : run.node().path("Branches")) {
                jobs.add(() -> StateMachineRunner.runBranch(run.runtime(), branch, branchInput));
            }
            try {
                List<JsonNode> outputs = run.runtime().branches().runAll(jobs, 0);
                run.runtime().event("ParallelStateSucceeded", null, null);
                return Json.MAPPER.createArrayNode().addAll(outputs);
            } catch (StatesError e) {
                run.runtime().event("ParallelStateFailed", null, null);
                throw e;
            }
        });
        return switch (outcome) {
            case Recovery.Outcome.Caught caught -> caught.transition();
            case Recovery.Outcome.Done done -> Transition.of(run, StateIo.finish(run, input, done.result(), run.context()));
        };
    }
}
