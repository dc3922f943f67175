package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import com.fasterxml.jackson.databind.JsonNode;

/** Executes one type of state; the runner around it records entered/exited events and checks limits. */
public sealed interface StateHandler
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    Transition execute(StateRun run, JsonNode input);

    /** The handler for an ASL {@code Type}. */
    static StateHandler forType(String type) {
        return switch (type) {
            case "Pass" -> new PassState();
            case "Task" -> new TaskState();
            case "Choice" -> new ChoiceState();
            case "Wait" -> new WaitState();
            case "Succeed" -> new SucceedState();
            case "Fail" -> new FailState();
            case "Parallel" -> new ParallelState();
            case "Map" -> new MapState();
            default -> throw StatesError.runtime("Unsupported state type: " + type);
        };
    }
}
