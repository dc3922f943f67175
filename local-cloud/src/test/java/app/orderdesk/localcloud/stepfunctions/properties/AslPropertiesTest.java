package app.orderdesk.localcloud.stepfunctions.properties;

import app.orderdesk.localcloud.stepfunctions.asl.AslEngine;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.BranchScheduler;
import app.orderdesk.localcloud.stepfunctions.asl.DefinitionValidator;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.EngineSettings;
import app.orderdesk.localcloud.stepfunctions.asl.Execution;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionResult;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryEvent;
import app.orderdesk.localcloud.stepfunctions.asl.task.TaskInvoker;
import app.orderdesk.localcloud.stepfunctions.asl.time.VirtualExecutionClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests of the interpreter on generated definitions and inputs (see {@link AslGenerator}).
 * No execution may end in an internal failure of the engine, which surfaces as {@code States.Runtime}
 * with an {@code Internal error} cause; a {@code States.Runtime} that AWS itself raises for the input
 * (a path that matches nothing, an intrinsic given the wrong type) carries AWS's prefix naming the
 * state and the event it was entered at, and is only legitimate where the definition can cause it.
 */
class AslPropertiesTest {

    static final int TYPED_TRIES = 500;
    static final int LOOSE_TRIES = 1000;
    static final int CONCURRENT_TRIES = 300;

    private static final String AWS_RUNTIME_PREFIX = "An error occurred while executing the state '";
    /** Within the typed schema nothing can go wrong at run time: only the errors the definition names. */
    @Test
    void typedDefinitionsEndOnlyInTheOutcomesTheyDescribe() {
        PropertyRunner.forAll("typed definitions end only in the outcomes they describe", TYPED_TRIES,
                (random, size) -> {
                    AslGenerator generator = new AslGenerator(random, size, true);
                    ObjectNode definition = generator.definition();
                    JsonNode input = generator.input();
                    Run run = run(definition, input, random);
                    String problem = common(run, true);
                    if (problem != null) {
                        return problem + example(definition, input);
                    }
                    ExecutionResult result = run.result();
                    if (result.status() == ExecutionStatus.FAILED && !allowedTypedError(result.error())) {
                        return "failed with " + result.error() + ": " + result.cause() + example(definition, input);
                    }
                    if (result.status() == ExecutionStatus.SUCCEEDED) {
                        for (String field : AslGenerator.SCHEMA) {
                            if (!input.get(field).equals(result.output().get(field))) {
                                return "field '" + field + "' changed: " + input.get(field) + " -> "
                                        + result.output().get(field) + example(definition, input);
                            }
                        }
                    }
                    return null;
                });
    }

    /** Paths that miss, wrong types, odd inputs: failures allowed, but only AWS's, never the engine's own. */
    @Test
    void looseDefinitionsFailOnlyTheWayAwsDoes() {
        PropertyRunner.forAll("loose definitions fail only the way AWS does", LOOSE_TRIES,
                (random, size) -> {
                    AslGenerator generator = new AslGenerator(random, size, false);
                    ObjectNode definition = generator.definition();
                    JsonNode input = generator.input();
                    Run run = run(definition, input, random);
                    String problem = common(run, false);
                    if (problem == null && run.result().status() == ExecutionStatus.FAILED
                            && !knownErrorName(run.result().error(), input)) {
                        problem = "failed with an error name neither the definition nor the input holds: "
                                + run.result().error();
                    }
                    return problem == null ? null : problem + example(definition, input);
                });
    }

    /**
     * Production runs Parallel branches and Map iterations on virtual threads: the same checks must hold
     * there (a failing branch cancels its siblings; a cancelled sibling must not surface as a defect).
     */
    @Test
    void concurrentBranchesEndOnlyTheWayAwsDoes() {
        PropertyRunner.forAll("concurrent branches end only the way AWS does", CONCURRENT_TRIES, (random, size) -> {
            boolean typed = random.nextBoolean();
            AslGenerator generator = new AslGenerator(random, size, typed);
            ObjectNode definition = generator.definition();
            JsonNode input = generator.input();
            // Jitter is drawn on several threads at once here, so it comes from its own thread-safe source.
            Random jitter = new java.security.SecureRandom();
            Run run = run(definition, input, new Random(random.nextLong()) {
                @Override
                public double nextDouble() {
                    return jitter.nextDouble();
                }
            }, BranchScheduler.concurrent());
            String problem = common(run, typed);
            if (problem == null && typed && run.result().status() == ExecutionStatus.FAILED
                    && !allowedTypedError(run.result().error())) {
                problem = "failed with " + run.result().error() + ": " + run.result().cause();
            }
            return problem == null ? null : problem + example(definition, input);
        });
    }

    private static boolean allowedTypedError(String error) {
        return AslGenerator.FAIL_ERRORS.contains(error) || error.equals("Err0")
                || StubBackends.TASK_ERRORS.contains(error) || error.equals("States.DataLimitExceeded");
    }

    /** A Fail state's error comes from its Error, or from a string its ErrorPath selects in the input. */
    private static boolean knownErrorName(String error, JsonNode input) {
        if (error == null || error.startsWith("States.") || allowedTypedError(error)) {
            return true;
        }
        return input.isTextual() ? error.equals(input.textValue())
                : error.equals(input.path("s").textValue()) || error.equals(input.path("ts").textValue());
    }

    /** What every execution must satisfy, typed or loose. */
    private static String common(Run run, boolean typed) {
        if (!run.problems().isEmpty()) {
            return "the generator made an invalid definition: " + run.problems();
        }
        ExecutionResult result = run.result();
        // Loose definitions may wait past AWS's one-year execution limit (huge SecondsPath, far timestamps).
        boolean timedOutAllowed = !typed && result.status() == ExecutionStatus.TIMED_OUT;
        if (result.status() != ExecutionStatus.SUCCEEDED && result.status() != ExecutionStatus.FAILED
                && !timedOutAllowed) {
            return "ended " + result.status();
        }
        if (result.cause() != null && result.cause().startsWith("Internal error")) {
            return "internal failure of the engine: " + result.error() + ": " + result.cause();
        }
        if ("States.Runtime".equals(result.error())
                && (result.cause() == null || !result.cause().startsWith(AWS_RUNTIME_PREFIX))) {
            return "States.Runtime without AWS's located message: " + result.cause();
        }
        List<HistoryEvent> events = run.events();
        String first = events.getFirst().type();
        String last = events.getLast().type();
        String expectedLast = switch (result.status()) {
            case SUCCEEDED -> "ExecutionSucceeded";
            case TIMED_OUT -> "ExecutionTimedOut";
            default -> "ExecutionFailed";
        };
        if (!first.equals("ExecutionStarted") || !last.equals(expectedLast)) {
            return "history runs from " + first + " to " + last;
        }
        return null;
    }

    record Run(List<String> problems, ExecutionResult result, List<HistoryEvent> events) {}

    static Run run(ObjectNode definition, JsonNode input, Random random) {
        return run(definition, input, random, BranchScheduler.sequential());
    }

    static Run run(ObjectNode definition, JsonNode input, Random random, BranchScheduler branches) {
        List<String> problems = DefinitionValidator.problems(definition);
        if (!problems.isEmpty()) {
            return new Run(problems, null, List.of());
        }
        VirtualExecutionClock clock = new VirtualExecutionClock(Instant.parse("2026-01-01T00:00:00Z"));
        StubBackends stubs = new StubBackends(clock);
        AslEngine engine = new AslEngine(new EngineSettings(new TaskInvoker(stubs.lambda(), stubs.services()), clock,
                branches, random::nextDouble));
        String arn = "arn:aws:states:us-east-1:111111111111:";
        ExecutionIdentity identity = new ExecutionIdentity(arn + "execution:Generated:run", "run",
                arn + "stateMachine:Generated", "Generated", "arn:aws:iam::111111111111:role/Generated", clock.now());
        Execution execution = engine.newExecution(Json.parse(Json.write(definition)), input, identity);
        ExecutionResult result = execution.run();
        return new Run(problems, result, execution.history().events());
    }

    private static String example(JsonNode definition, JsonNode input) {
        return "\n  definition: " + Json.write(definition) + "\n  input: " + Json.write(input);
    }
}
