package app.orderdesk.localcloud.stepfunctions.asl.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/** One Retry entry of a state, with AWS's defaults, and the delay it prescribes before a given retry. */
public record Retrier(JsonNode errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
                      Double maxDelaySeconds, boolean fullJitter) {

    public static Retrier of(JsonNode node) {
        return new Retrier(
                node.get("ErrorEquals"),
                node.path("IntervalSeconds").asDouble(1),
                node.path("MaxAttempts").asInt(3),
                node.path("BackoffRate").asDouble(2.0),
                node.has("MaxDelaySeconds") ? node.get("MaxDelaySeconds").asDouble() : null,
                "FULL".equals(node.path("JitterStrategy").asText("NONE")));
    }

    public boolean matches(String error) {
        return ErrorMatcher.matches(errorEquals, error);
    }

    /**
     * @param retriesSoFar how many retries this retrier has already granted (0 before the first)
     * @param random       uniform in [0, 1), used only by the FULL jitter strategy
     */
    public Duration delayBeforeRetry(int retriesSoFar, DoubleSupplier random) {
        double seconds = intervalSeconds * Math.pow(backoffRate, retriesSoFar);
        if (maxDelaySeconds != null) {
            seconds = Math.min(seconds, maxDelaySeconds);
        }
        if (fullJitter) {
            seconds = seconds * random.getAsDouble();
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
