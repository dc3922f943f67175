package app.orderdesk.localcloud.stepfunctions.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One example for each defect the property-based tests found (AslPropertiesTest), kept as a named
 * regression: none may end an execution with an internal failure of the engine.
 */
class PropertyFoundDefectsTest {

    private static final String PREFIX = "An error occurred while executing the state ";

    private final EngineHarness harness = new EngineHarness();

    @Test
    void aBackendThatThrowsFailsTheTaskCatchablyEvenWithoutATimeout() {
        harness.function("broken", payload -> {
            throw new IllegalStateException("connection reset");
        });
        ExecutionResult result = harness.run("""
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "broken"},
                           "Catch": [{"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.failure", "Next": "Done"}],
                           "End": true},
                  "Done": {"Type": "Succeed"}}}""", "{}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().at("/failure/Error").asText()).isEqualTo("States.TaskFailed");
        assertThat(result.output().at("/failure/Cause").asText()).isEqualTo("IllegalStateException: connection reset");
    }

    @Test
    void aNegativeResultPathIndexIsAStatesRuntimeFailure() {
        ExecutionResult result = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1, "ResultPath": "$.items[-1]", "End": true}}}""",
                "{\"items\": [1, 2]}");
        assertRuntimeFailure(result, "Invalid path '$.items[-1]'");
    }

    @Test
    void aWaitOnAnIntegralNumberBeyondLongIsAStatesRuntimeFailure() {
        ExecutionResult result = harness.run("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.big", "End": true}}}""",
                "{\"big\": 1E+30}");
        assertRuntimeFailure(result, "The SecondsPath parameter cannot be parsed as a long value: $.big == 1E+30");
    }

    @Test
    void aWaitPastTheOneYearLimitTimesTheExecutionOut() {
        ExecutionResult result = harness.run("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "+999999999-12-31T23:59:59Z", "End": true}}}""",
                "{}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(harness.clock.now()).isEqualTo(EngineHarness.START.plus(java.time.Duration.ofDays(365)));
    }

    @Test
    void intrinsicIntegerArgumentsAreNeitherTruncatedNorWrapped() {
        assertRuntimeFailure(harness.run(pass("States.ArrayGetItem($.items, 1.5)"), "{\"items\": [1, 2, 3]}"),
                "Argument 2 must be an integer, got 1.5");
        assertRuntimeFailure(harness.run(pass("States.ArrayGetItem($.items, $.big)"),
                "{\"items\": [1], \"big\": 99999999999999999999999}"), "Argument 2 must be an integer");
        assertRuntimeFailure(harness.run(pass("States.MathAdd($.n, 1)"), "{\"n\": 9223372036854775807}"),
                "States.MathAdd");
    }

    @Test
    void aFailErrorPathThatSelectsNoStringIsAStatesRuntimeFailure() {
        ExecutionResult result = harness.run("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.items", "Cause": "c"}}}""",
                "{\"items\": [4, 4]}");
        assertRuntimeFailure(result, "The value of the field 'ErrorPath' must resolve to a string, but '$.items' resolved to '[4,4]'");
    }

    @Test
    void escapedBracesInAFormatTemplateAreTextNotPlaceholders() {
        ExecutionResult result = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true,
                  "Parameters": {"v.$": "States.Format('\\\\{\\\\} {} it\\\\'s \\\\\\\\', $.n)"}}}}""", "{\"n\": 3}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().get("v").asText()).isEqualTo("{} 3 it's \\");
    }

    private static String pass(String intrinsic) {
        return "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Parameters\": {\"v.$\": \"" + intrinsic
                + "\"}, \"End\": true}}}";
    }

    private static void assertRuntimeFailure(ExecutionResult result, String message) {
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).startsWith(PREFIX).contains(message);
    }
}
