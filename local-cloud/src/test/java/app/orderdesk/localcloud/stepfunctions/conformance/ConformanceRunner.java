package app.orderdesk.localcloud.stepfunctions.conformance;

import app.orderdesk.localcloud.stepfunctions.asl.AslEngine;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.BranchScheduler;
import app.orderdesk.localcloud.stepfunctions.asl.Execution;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionResult;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryEvent;
import app.orderdesk.localcloud.stepfunctions.asl.time.VirtualExecutionClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Runs one corpus case on the engine, with stubs and a virtual clock, and judges the result. */
public final class ConformanceRunner {

    private static final String ACCOUNT_PREFIX = "arn:aws:states:us-east-1:111111111111:";
    private static final String STATE_MACHINE_NAME = "ConformanceMachine";
    private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/ConformanceRole";

    private ConformanceRunner() {}

    /**
     * The verdict on one case: {@code problem} is null when L1+L2 pass; {@code statesProblem} is null when
     * the entered-state sequence matches or the case recorded none ({@code statesRecorded} tells which).
     */
    public record Outcome(ConformanceCase testCase, String problem, boolean statesRecorded, String statesProblem) {
        /** L1+L2 (result) and, where recorded, L3 (entered states). */
        public boolean passed() {
            return problem == null && statesProblem == null;
        }
    }

    public static Outcome run(ConformanceCase c) {
        // Every case runs on virtual time: needs-clock cases require it and the others do not notice.
        VirtualExecutionClock clock = new VirtualExecutionClock(Instant.now());
        AslEngine engine = AslEngine.create(new StubLambdaBackend(c.stubs().path("lambda"), clock),
                new StubServiceIntegrations(c.stubs()), clock, BranchScheduler.sequential());
        String executionName = UUID.randomUUID().toString();
        boolean express = c.hasTag("express");
        String executionArn = express
                ? ACCOUNT_PREFIX + "express:" + STATE_MACHINE_NAME + ":" + executionName + ":" + UUID.randomUUID()
                : ACCOUNT_PREFIX + "execution:" + STATE_MACHINE_NAME + ":" + executionName;
        ExecutionIdentity identity = new ExecutionIdentity(executionArn, executionName,
                ACCOUNT_PREFIX + "stateMachine:" + STATE_MACHINE_NAME, STATE_MACHINE_NAME, ROLE_ARN, clock.now(), express);
        Execution execution = engine.newExecution(c.definition(), c.input(), identity);
        ExecutionResult result;
        try {
            result = execution.run();
        } catch (RuntimeException e) {
            return new Outcome(c, "engine crashed: " + e, c.states() != null, null);
        }
        String problem = ResultMatcher.compare(c.expect(), actualResult(result), c.ignore());
        return new Outcome(c, problem, c.states() != null,
                c.states() == null ? null : statesProblem(c, execution.history().events()));
    }

    private static JsonNode actualResult(ExecutionResult result) {
        ObjectNode actual = Json.object().put("status", result.status().name());
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            actual.set("output", Json.parse(Json.write(result.output())));
        } else {
            actual.put("error", result.error());
            actual.put("cause", result.cause());
        }
        return actual;
    }

    /** README 4.6: exact sequence, or only the top-level states for cases with Map or Parallel. */
    private static String statesProblem(ConformanceCase c, List<HistoryEvent> events) {
        List<String> entered = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (event.type().endsWith("StateEntered")) {
                entered.add(event.details().get("name").asText());
            }
        }
        List<String> expected = c.states();
        if (c.hasTag("Map") || c.hasTag("Parallel")) {
            JsonNode topLevel = c.definition().path("States");
            expected = expected.stream().filter(topLevel::has).toList();
            entered = entered.stream().filter(topLevel::has).toList();
        }
        return expected.equals(entered) ? null : "entered states: expected " + expected + ", got " + entered;
    }
}
