package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;

/**
 * What the workflow hands a task: the order id; the order facts carried from the previous step
 * ({@code carried}, null when the task was given only the id and must read the record); this state's
 * name, retry count and entry time ({@code $$.State}), for the step it records; ValidateOrder's step,
 * carried to SaveOrder, which records it; SendNotification's outcome, recorded by the next task; and
 * for the last-resort marker, whether a compensation failed and with what.
 */
public record StepInput(String orderId, CarriedOrder carried, String stateName, int retryCount, Instant enteredAt,
                        WorkflowStep validated, WorkflowStep notification, WorkflowError compensationError,
                        boolean lastResort) {

    /** A task given only the order id (tests, older executions): it reads what it needs from the record. */
    public static StepInput of(String orderId) {
        return new StepInput(orderId, null, null, 0, null, null, null, null, false);
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

    /** The carried ValidateOrder step, ended when this state was entered (or now). */
    WorkflowStep validatedStep(Instant now) {
        if (validated == null || validated.endedAt() != null) {
            return validated;
        }
        Instant ended = enteredAt != null ? enteredAt : now;
        return new WorkflowStep(validated.name(), validated.status(), validated.attempts(),
                validated.startedAt() != null ? validated.startedAt() : ended, ended, validated.error(), validated.cause(),
                validated.causeCode());
    }

    WorkflowStep failed(String defaultName, Instant now, WorkflowError error) {
        return WorkflowStep.failed(name(defaultName), retryCount + 1, enteredAt != null ? enteredAt : now, now,
                error == null ? null : error.name(), FailureReasons.describe(error), FailureReasons.code(error));
    }

    private String name(String defaultName) {
        return stateName != null && !stateName.isBlank() ? stateName : defaultName;
    }
}
