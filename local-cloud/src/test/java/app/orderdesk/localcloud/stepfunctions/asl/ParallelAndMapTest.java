package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.BranchScheduler;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelAndMapTest {

    @Test
    void parallelCollectsBranchOutputsInBranchOrder() {
        EngineHarness harness = new EngineHarness();

        ExecutionResult result = harness.run(EngineHarness.resource("parallel.json"), "{\"n\": 2}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.write(result.output())).isEqualTo("{\"n\":2,\"results\":[{\"branch\":\"A\",\"n\":2},{\"branch\":\"B\"}]}");
        assertThat(harness.eventTypes()).contains("ParallelStateEntered", "ParallelStateStarted",
                "ParallelStateSucceeded", "ParallelStateExited");
    }

    @Test
    void failingBranchFailsTheParallelStateWithItsError() {
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Ok", "States": {"Ok": {"Type": "Pass", "End": true}}},
                  {"StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "BranchBroke", "Cause": "why"}}}]}}}""";

        ExecutionResult result = new EngineHarness().run(definition, "{}");

        assertThat(result.error()).isEqualTo("BranchBroke");
        assertThat(result.cause()).isEqualTo("why");
    }

    @Test
    void mapNeverRunsMoreIterationsAtOnceThanMaxConcurrency() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        EngineHarness harness = new EngineHarness().function("work", payload -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return new LambdaResponse.Success(payload);
        });
        harness.branches = BranchScheduler.concurrent();
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 2, "ItemsPath": "$.items",
                  "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
                  "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Task", "End": true,
                    "Resource": "arn:aws:lambda:us-east-1:111111111111:function:work"}}}, "End": true}}}""";

        ExecutionResult result = harness.run(definition, "{\"items\": [10, 11, 12, 13, 14, 15]}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output()).hasSize(6);
        assertThat(result.output().get(5).get("value").asInt()).isEqualTo(15);
        assertThat(result.output().get(5).get("index").asInt()).isEqualTo(5);
        assertThat(peak.get()).isBetween(1, 2);
    }

    @Test
    void mapIterationsAppearInTheHistory() {
        EngineHarness harness = new EngineHarness();
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";

        ExecutionResult result = harness.run(definition, "[1, 2]");

        assertThat(Json.write(result.output())).isEqualTo("[1,2]");
        assertThat(harness.eventTypes()).containsSubsequence("MapStateEntered", "MapStateStarted",
                "MapIterationStarted", "PassStateEntered", "MapIterationSucceeded",
                "MapIterationStarted", "MapIterationSucceeded", "MapStateSucceeded", "MapStateExited");
    }
}
