package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the workflow hands a task: the order id; the order facts carried from the previous step
 * ({@code carried}, null when the task was given only the id and must read the record); this state's
 * name, retry count and entry time ({@code $$.State}), for the step it records; ValidateOrder's and
 * SaveOrder's steps, carried to ReserveStock, which records them with its own write (ADR 0088);
 * SendNotification's outcome, recorded by the next task; and for the last-resort marker, whether a
 * compensation failed and with what.
 */
public record StepInput(String orderId, CarriedOrder carried, String stateName, int retryCount, Instant enteredAt,
                        WorkflowStep validated, WorkflowStep saved, WorkflowStep notification,
                        WorkflowError compensationError, boolean lastResort) {

    /** A task given only the order id (tests, older executions): it reads what it needs from the record. */
    public static StepInput of(String orderId) {
        return new StepInput(orderId, null, null, 0, null, null, null, null, null, false);
    }

    /**
     * The steps carried from earlier states that wrote nothing (ValidateOrder, SaveOrder; ADR 0088), for the
     * write that records them. Each was carried with its start only, so that a redelivered step answers the same:
     * ValidateOrder ends where SaveOrder started, and the last carried step when this state was entered (or now).
     */
    List<WorkflowStep> carriedSteps(Instant now) {
        Instant entered = enteredAt != null ? enteredAt : now;
        List<WorkflowStep> steps = new ArrayList<>();
        if (validated != null) {
            steps.add(endedAt(validated, saved != null && saved.startedAt() != null ? saved.startedAt() : entered));
        }
        if (saved != null) {
            steps.add(endedAt(saved, entered));
        }
        return steps;
    }

    /** When the carried SaveOrder step ended: the acceptance time ReserveStock records. */
    Instant savedAt(Instant now) {
        return saved == null ? null : saved.endedAt() != null ? saved.endedAt() : enteredAt != null ? enteredAt : now;
    }

    private static WorkflowStep endedAt(WorkflowStep step, Instant ended) {
        if (step.endedAt() != null) {
            return step;
        }
        return new WorkflowStep(step.name(), step.status(), step.attempts(), step.startedAt() != null ? step.startedAt() : ended,
                ended, step.error(), step.cause(), step.causeCode());
    }

    /** The carried facts when they are enough to act on, else null. */
    CarriedOrder facts() {
        return carried != null && carried.isComplete() ? carried : null;
    }

    WorkflowStep succeeded(String defaultName, Instant now) {
        return WorkflowStep.succeeded(name(defaultName), retryCount + 1, enteredAt != null ? enteredAt : now, now);
    }

    /** This step, succeeded, with its start only (the entry time, when known), for a step recorded later. */
    WorkflowStep started(String defaultName) {
        return WorkflowStep.succeeded(name(defaultName), retryCount + 1, enteredAt, null);
    }

    WorkflowStep failed(String defaultName, Instant now, WorkflowError error) {
        return WorkflowStep.failed(name(defaultName), retryCount + 1, enteredAt != null ? enteredAt : now, now,
                error == null ? null : error.name(), FailureReasons.describe(error), FailureReasons.code(error));
    }

    private String name(String defaultName) {
        return stateName != null && !stateName.isBlank() ? stateName : defaultName;
    }
}
