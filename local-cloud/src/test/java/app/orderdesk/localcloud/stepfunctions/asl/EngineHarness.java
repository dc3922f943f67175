package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.BranchScheduler;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.EngineSettings;

import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryEvent;
import app.orderdesk.localcloud.stepfunctions.asl.task.TaskInvoker;
import app.orderdesk.localcloud.stepfunctions.asl.time.ExecutionClock;
import app.orderdesk.localcloud.stepfunctions.asl.time.VirtualExecutionClock;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs definitions on the engine with scripted Lambda functions, a virtual clock and sequential branches. */
final class EngineHarness {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    final VirtualExecutionClock clock = new VirtualExecutionClock(START);
    final Map<String, Function<String, LambdaBackend.LambdaResponse>> functions = new HashMap<>();
    ServiceIntegrations services = (service, action, parameters) -> {
        throw new ServiceIntegrations.ServiceIntegrationException("States.Runtime", "no services in this test");
    };
    /** The clock the engine uses; tests of real-time behaviour replace the virtual one. */
    ExecutionClock engineClock = clock;
    BranchScheduler branches = BranchScheduler.sequential();
    double jitter = 0.5;
    Execution lastExecution;

    /** Registers a function under {@code name}; it is reachable by name and by ARN. */
    EngineHarness function(String name, Function<String, LambdaBackend.LambdaResponse> behaviour) {
        functions.put(name, behaviour);
        return this;
    }

    ExecutionResult run(String definition, String input) {
        LambdaBackend lambda = (nameOrArn, payload) -> {
            String name = nameOrArn.contains(":function:") ? nameOrArn.split(":")[6] : nameOrArn;
            Function<String, LambdaBackend.LambdaResponse> behaviour = functions.get(name);
            return behaviour == null
                    ? new LambdaBackend.LambdaResponse.NotFound("arn:aws:lambda:us-east-1:111111111111:function:" + name)
                    : behaviour.apply(payload);
        };
        AslEngine engine = new AslEngine(new EngineSettings(new TaskInvoker(lambda, services), engineClock, branches, () -> jitter));
        String arn = "arn:aws:states:us-east-1:111111111111:";
        ExecutionIdentity identity = new ExecutionIdentity(arn + "execution:Test:run", "run", arn + "stateMachine:Test",
                "Test", "arn:aws:iam::111111111111:role/Test", engineClock.now());
        lastExecution = engine.newExecution(Json.parse(definition), Json.parse(input), identity);
        return lastExecution.run();
    }

    List<String> eventTypes() {
        return lastExecution.history().events().stream().map(HistoryEvent::type).toList();
    }

    static String resource(String name) {
        try (InputStream in = EngineHarness.class.getResourceAsStream("/asl/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource asl/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LambdaBackend.LambdaResponse fail(String type) {
        return new LambdaBackend.LambdaResponse.FunctionError(type,
                "{\"errorMessage\":\"boom\",\"errorType\":\"" + type + "\",\"requestId\":\"r\",\"stackTrace\":[]}");
    }

    static String lambdaArn(String name) {
        return "arn:aws:lambda:us-east-1:111111111111:function:" + name;
    }
}
