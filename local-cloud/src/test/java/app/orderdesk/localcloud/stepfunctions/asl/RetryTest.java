package app.orderdesk.localcloud.stepfunctions.asl;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {

    private static String definition(String retrier) {
        return """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:111111111111:function:flaky",
                  "Retry": [%s], "End": true}}}""".formatted(retrier);
    }

    @Test
    void backsOffExponentiallyUntilMaxAttemptsAreUsed() {
        EngineHarness harness = new EngineHarness().function("flaky", p -> EngineHarness.fail("Boom"));

        ExecutionResult result = harness.run(definition("""
                {"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 3}"""), "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Boom");
        assertThat(harness.clock.sleeps()).containsExactly(
                Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(18));
    }

    @Test
    void capsDelaysAtMaxDelaySeconds() {
        EngineHarness harness = new EngineHarness().function("flaky", p -> EngineHarness.fail("Boom"));

        harness.run(definition("""
                {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 3,
                 "MaxDelaySeconds": 5}"""), "{}");

        assertThat(harness.clock.sleeps()).containsExactly(
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void fullJitterScalesEachDelayByTheRandomFactor() {
        EngineHarness harness = new EngineHarness().function("flaky", p -> EngineHarness.fail("Boom"));
        harness.jitter = 0.5;

        harness.run(definition("""
                {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 4, "BackoffRate": 2, "MaxAttempts": 2,
                 "JitterStrategy": "FULL"}"""), "{}");

        assertThat(harness.clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void defaultsToThreeAttemptsOneSecondApartDoubling() {
        EngineHarness harness = new EngineHarness().function("flaky", p -> EngineHarness.fail("Boom"));

        harness.run(definition("{\"ErrorEquals\": [\"States.TaskFailed\"]}"), "{}");

        assertThat(harness.clock.sleeps()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void succeedsWhenARetryWorksAndRecordsRetriesWithinOneStateEntry() {
        AtomicInteger calls = new AtomicInteger();
        EngineHarness harness = new EngineHarness().function("flaky",
                p -> calls.incrementAndGet() < 3 ? EngineHarness.fail("Boom") : new LambdaResponse.Success("{\"ok\":true}"));

        ExecutionResult result = harness.run(definition("{\"ErrorEquals\": [\"Boom\"], \"MaxAttempts\": 5}"), "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().get("ok").asBoolean()).isTrue();
        assertThat(harness.eventTypes()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed",
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed",
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void doesNotRetryErrorsOutsideErrorEquals() {
        EngineHarness harness = new EngineHarness().function("flaky", p -> EngineHarness.fail("Other"));

        ExecutionResult result = harness.run(definition("{\"ErrorEquals\": [\"Boom\"]}"), "{}");

        assertThat(result.error()).isEqualTo("Other");
        assertThat(harness.clock.sleeps()).isEmpty();
    }
}
