package app.orderdesk.api;

import java.time.Instant;
import java.util.Map;

/**
 * One workflow step of an order, read from the execution history. {@code status} is RUNNING, SUCCEEDED or FAILED.
 * {@code cause} is in English; {@code causeCode} its stable code and {@code causeParams} its values, for a desk to
 * word in its own language (null and empty on steps written before codes existed).
 */
public record TimelineStep(
        String name,
        String status,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        int attempts,
        String error,
        String cause,
        String causeCode,
        Map<String, String> causeParams) {

    public TimelineStep {
        causeParams = causeParams == null ? Map.of() : Map.copyOf(causeParams);
    }

    /** A step whose cause has no code. */
    public TimelineStep(String name, String status, Instant startedAt, Instant endedAt, Long durationMs, int attempts,
                        String error, String cause) {
        this(name, status, startedAt, endedAt, durationMs, attempts, error, cause, null, null);
    }
}
