package app.orderdesk.api;

import java.time.Instant;

/** One workflow step of an order, read from the execution history. {@code status} is RUNNING, SUCCEEDED or FAILED. */
public record TimelineStep(
        String name,
        String status,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        int attempts,
        String error,
        String cause) {}
