package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.BranchScheduler;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.EngineSettings;

import app.orderdesk.localcloud.stepfunctions.asl.task.TaskInvoker;
import app.orderdesk.localcloud.stepfunctions.asl.time.ExecutionClock;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;

/** Entry point of the Amazon States Language (JSONPath) interpreter: creates executions of definitions. */
public final class AslEngine {

    private final EngineSettings settings;

    public AslEngine(EngineSettings settings) {
        this.settings = settings;
    }

    /** Production wiring: real time, concurrent branches, random jitter. */
    public static AslEngine create(LambdaBackend lambda, ServiceIntegrations services) {
        return create(lambda, services, ExecutionClock.system(), BranchScheduler.concurrent());
    }

    public static AslEngine create(LambdaBackend lambda, ServiceIntegrations services, ExecutionClock clock,
                                   BranchScheduler branches) {
        return new AslEngine(new EngineSettings(new TaskInvoker(lambda, services), clock, branches,
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    public EngineSettings settings() {
        return settings;
    }

    /** Prepares an execution; call {@link Execution#run()} to run it. */
    public Execution newExecution(JsonNode definition, JsonNode input, ExecutionIdentity identity) {
        return new Execution(definition, Json.nullToJsonNull(input), identity, settings);
    }
}
