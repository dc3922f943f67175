package app.orderdesk.backend.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One step of an order's workflow as the order record keeps it (its timeline): the workflow state's
 * name, SUCCEEDED or FAILED, how many attempts it took, when it was entered and when it ended, and
 * for a failure the error's name and what it means in words. Written by the task that ran the step
 * (or, for a step that never reached a task, by the handler that caught it), in the same write that
 * changes the order. {@code causeCode} is the cause's stable code for desks in other languages.
 */
public record WorkflowStep(String name, String status, int attempts, Instant startedAt, Instant endedAt,
                           String error, String cause, ReasonCode causeCode) {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    public WorkflowStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        // Kept to the millisecond, as the order record stores them (ADR 0054): a step pushed to a desk and the
        // same step read back later are equal.
        startedAt = startedAt == null ? null : startedAt.truncatedTo(ChronoUnit.MILLIS);
        endedAt = endedAt == null ? null : endedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A step whose cause has no code (entries written before reason codes existed). */
    public WorkflowStep(String name, String status, int attempts, Instant startedAt, Instant endedAt, String error, String cause) {
        this(name, status, attempts, startedAt, endedAt, error, cause, null);
    }

    public static WorkflowStep succeeded(String name, int attempts, Instant startedAt, Instant endedAt) {
        return new WorkflowStep(name, SUCCEEDED, attempts, startedAt, endedAt, null, null);
    }

    public static WorkflowStep failed(String name, int attempts, Instant startedAt, Instant endedAt, String error, String cause,
                                      ReasonCode causeCode) {
        return new WorkflowStep(name, FAILED, attempts, startedAt, endedAt, error, cause, causeCode);
    }
}
