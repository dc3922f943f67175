package app.orderdesk.backend.usecase;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.backend.port.WorkflowHistory.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folds a Step Functions execution history into one step per state entered, with attempts counted
 * from the Scheduled events and the last failure's error and cause.
 */
final class TimelineBuilder {

    private static final Set<String> SCHEDULED = Set.of("TaskScheduled", "LambdaFunctionScheduled", "ActivityScheduled");
    private static final Set<String> SUCCEEDED = Set.of("TaskSucceeded", "LambdaFunctionSucceeded", "ActivitySucceeded");
    private static final Set<String> FAILED = Set.of(
            "TaskFailed", "TaskTimedOut", "TaskStartFailed", "TaskSubmitFailed",
            "LambdaFunctionFailed", "LambdaFunctionTimedOut", "LambdaFunctionStartFailed", "LambdaFunctionScheduleFailed",
            "ActivityFailed", "ActivityTimedOut", "ActivityScheduleFailed");

    private final List<Step> steps = new ArrayList<>();
    private Step current;
    private String executionStatus = "RUNNING";

    /** A step under construction. */
    private static final class Step {
        final String name;
        final Instant startedAt;
        Instant endedAt;
        String status = "RUNNING";
        int attempts;
        boolean lastAttemptFailed;
        String error;
        String cause;

        Step(String name, Instant startedAt) {
            this.name = name;
            this.startedAt = startedAt;
        }

        TimelineStep toView() {
            Long duration = endedAt == null ? null : Duration.between(startedAt, endedAt).toMillis();
            return new TimelineStep(name, status, startedAt, endedAt, duration, attempts, error, cause);
        }
    }

    static String build(List<Event> events, List<TimelineStep> out) {
        TimelineBuilder builder = new TimelineBuilder();
        events.forEach(builder::accept);
        builder.steps.forEach(s -> out.add(s.toView()));
        return builder.executionStatus;
    }

    private void accept(Event event) {
        String type = event.type();
        if (type == null) {
            return;
        }
        if (type.endsWith("StateEntered")) {
            current = new Step(event.stateName(), event.timestamp());
            steps.add(current);
            if (type.equals("FailStateEntered")) {
                current.status = "FAILED";
                current.endedAt = event.timestamp();
            }
        } else if (type.endsWith("StateExited")) {
            Step step = openStep(event.stateName());
            if (step != null) {
                step.endedAt = event.timestamp();
                step.status = step.lastAttemptFailed ? "FAILED" : "SUCCEEDED";
            }
        } else if (SCHEDULED.contains(type) && current != null) {
            current.attempts++;
            current.lastAttemptFailed = false;
        } else if (SUCCEEDED.contains(type) && current != null) {
            current.lastAttemptFailed = false;
        } else if (FAILED.contains(type) && current != null) {
            current.lastAttemptFailed = true;
            current.error = event.error();
            current.cause = event.cause();
        } else if (type.startsWith("Execution")) {
            acceptExecutionEvent(event);
        }
    }

    private void acceptExecutionEvent(Event event) {
        switch (event.type()) {
            case "ExecutionSucceeded" -> executionStatus = "SUCCEEDED";
            case "ExecutionFailed" -> {
                executionStatus = "FAILED";
                closeCurrentAsFailed(event);
            }
            case "ExecutionTimedOut" -> {
                executionStatus = "TIMED_OUT";
                closeCurrentAsFailed(event);
            }
            case "ExecutionAborted" -> {
                executionStatus = "ABORTED";
                closeCurrentAsFailed(event);
            }
            default -> { /* ExecutionStarted and newer types change nothing on the steps */ }
        }
    }

    private void closeCurrentAsFailed(Event event) {
        if (current == null) {
            return;
        }
        if ("RUNNING".equals(current.status) || "FAILED".equals(current.status) && current.error == null) {
            current.status = "FAILED";
            if (current.endedAt == null) {
                current.endedAt = event.timestamp();
            }
            if (current.error == null) {
                current.error = event.error();
                current.cause = event.cause();
            }
        }
    }

    private Step openStep(String name) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.endedAt == null && (name == null || name.equals(step.name))) {
                return step;
            }
        }
        return null;
    }
}
