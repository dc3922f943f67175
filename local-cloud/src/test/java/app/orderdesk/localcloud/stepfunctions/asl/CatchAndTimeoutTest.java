package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import app.orderdesk.localcloud.stepfunctions.asl.time.ExecutionClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CatchAndTimeoutTest {

    private static final String SLOW_TASK = """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"FunctionName": "slow"}, "TimeoutSeconds": 5,
                       "Catch": [%s], "End": true},
              "Handled": {"Type": "Pass", "End": true}}}""";

    private static EngineHarness slowHarness() {
        EngineHarness harness = new EngineHarness();
        harness.function("slow", payload -> {
            harness.clock.sleep(Duration.ofSeconds(60));
            return new LambdaResponse.Success(payload);
        });
        return harness;
    }

    @Test
    void firstMatchingCatcherWinsAndResultPathKeepsTheInput() {
        EngineHarness harness = new EngineHarness().function("f", p -> EngineHarness.fail("Custom"));
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "%s", "End": true, "Catch": [
                    {"ErrorEquals": ["Other"], "Next": "Wrong"},
                    {"ErrorEquals": ["Custom"], "ResultPath": "$.failure", "Next": "Right"},
                    {"ErrorEquals": ["States.ALL"], "Next": "Wrong"}]},
                  "Right": {"Type": "Pass", "End": true},
                  "Wrong": {"Type": "Fail", "Error": "WrongCatcher"}}}""".formatted(EngineHarness.lambdaArn("f"));

        ExecutionResult result = harness.run(definition, "{\"order\": 7}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().get("order").asInt()).isEqualTo(7);
        assertThat(result.output().at("/failure/Error").asText()).isEqualTo("Custom");
        assertThat(result.output().at("/failure/Cause").asText()).contains("\"errorType\":\"Custom\"");
    }

    @Test
    void taskThatOutlivesTimeoutSecondsFailsWithStatesTimeout() {
        EngineHarness harness = slowHarness();

        ExecutionResult result = harness.run(SLOW_TASK.formatted("{\"ErrorEquals\": [\"Nothing\"], \"Next\": \"Handled\"}"), "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Timeout");
        assertThat(result.cause()).isNull();
        assertThat(harness.clock.now()).isEqualTo(EngineHarness.START.plusSeconds(5));
        assertThat(harness.eventTypes()).contains("TaskTimedOut");
    }

    @Test
    void realClockTimeoutAbandonsAHungCall() {
        EngineHarness harness = new EngineHarness();
        harness.engineClock = ExecutionClock.system();
        harness.function("hung", payload -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new LambdaResponse.Success(payload);
        });
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "TimeoutSeconds": 1, "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:111111111111:function:hung"}}}""";
        long started = System.nanoTime();

        ExecutionResult result = harness.run(definition, "{}");

        assertThat(result.error()).isEqualTo("States.Timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(harness.eventTypes()).contains("LambdaFunctionTimedOut");
    }

    @Test
    void statesTaskFailedDoesNotCatchATimeout() {
        ExecutionResult result = slowHarness().run(
                SLOW_TASK.formatted("{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Handled\"}"), "{}");

        assertThat(result.error()).isEqualTo("States.Timeout");
    }

    @Test
    void statesTimeoutCatchesATimeoutWithAnEmptyCause() {
        ExecutionResult result = slowHarness().run(
                SLOW_TASK.formatted("{\"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"Handled\"}"), "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.write(result.output())).isEqualTo("{\"Error\":\"States.Timeout\",\"Cause\":\"\"}");
    }

    @Test
    void statesAllCatchesTaskFailures() {
        EngineHarness harness = new EngineHarness().function("f", p -> EngineHarness.fail("Whatever"));
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "%s", "End": true,
                           "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": null, "Next": "Done"}]},
                  "Done": {"Type": "Pass", "End": true}}}""".formatted(EngineHarness.lambdaArn("f"));

        ExecutionResult result = harness.run(definition, "{\"kept\": true}");

        assertThat(Json.write(result.output())).isEqualTo("{\"kept\":true}");
    }

    @Test
    void executionTimeoutEndsALongWaitAsTimedOut() {
        EngineHarness harness = new EngineHarness();
        String definition = """
                {"TimeoutSeconds": 5, "StartAt": "Wait", "States": {
                  "Wait": {"Type": "Wait", "Seconds": 60, "End": true}}}""";

        ExecutionResult result = harness.run(definition, "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(harness.eventTypes()).endsWith("ExecutionTimedOut");
        assertThat(harness.clock.now()).isEqualTo(EngineHarness.START.plusSeconds(5));
    }

    @Test
    void executionTimeoutFiresWhileASlowTaskIsRunning() {
        EngineHarness harness = slowHarness();
        String definition = """
                {"TimeoutSeconds": 3, "StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "slow"}, "TimeoutSeconds": 10, "End": true}}}""";

        ExecutionResult result = harness.run(definition, "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(harness.clock.now()).isEqualTo(EngineHarness.START.plusSeconds(3));
    }

    @Test
    void resultPayloadAbove256KibFailsWithDataLimitExceeded() {
        String big = "a".repeat(262_145);
        String definition = """
                {"StartAt": "Big", "States": {"Big": {"Type": "Pass", "Result": {"v": "%s"}, "End": true}}}"""
                .formatted(big);

        ExecutionResult result = new EngineHarness().run(definition, "{}");

        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(result.cause()).contains("'Big'");
    }

    @Test
    void oversizedLambdaResponseCanBeCaughtAsDataLimitExceeded() {
        EngineHarness harness = new EngineHarness().function("big", p -> new LambdaResponse.Success("a".repeat(263_168)));
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "%s", "End": true,
                           "Catch": [{"ErrorEquals": ["States.DataLimitExceeded"], "Next": "Done"}]},
                  "Done": {"Type": "Pass", "End": true}}}""".formatted(EngineHarness.lambdaArn("big"));

        ExecutionResult result = harness.run(definition, "{}");

        assertThat(result.output().get("Error").asText()).isEqualTo("States.DataLimitExceeded");
    }
}
