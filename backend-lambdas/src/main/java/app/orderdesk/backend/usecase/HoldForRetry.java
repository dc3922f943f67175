package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.RetryHolds;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The workflow's "retry from the failed step" path (ADR 0013). When ValidateOrder, SaveOrder or
 * ReserveStock gives up after its retries on a transient failure, the workflow does not compensate:
 * its {@code <Step>OnHold} state ({@link #hold}) marks the order held — status unchanged, every
 * reservation kept, nothing charged — and the execution ends FAILED at OrderHeld. Support then either
 * retries it ({@link RedriveOrder}: a new execution that resumes at the held step) or cancels the order
 * (CancelOrder releases its stock, fenced). The order is not final while held, so the reconciler leaves
 * its reservations alone.
 */
public final class HoldForRetry {

    /** The steps whose transient failures are held for a retry; later steps keep their own paths. */
    public static final Set<String> RETRYABLE_STEPS = Set.of(WorkflowSteps.VALIDATE, WorkflowSteps.SAVE, WorkflowSteps.RESERVE);

    private final RetryHolds holds;
    private final Clock clock;

    public HoldForRetry(RetryHolds holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
    }

    /**
     * Holds the order after {@code failedStep} gave up; records the failed step (its error in words) and this
     * one. A repeat (the write landed, the answer was lost, or a duplicate execution) or an order cancelled
     * meanwhile changes nothing.
     */
    public TaskResult hold(StepInput in, String failedStep, WorkflowError error) {
        if (!RETRYABLE_STEPS.contains(failedStep)) {
            throw new IllegalArgumentException("a failure of " + failedStep + " is not held for a retry");
        }
        Instant now = clock.instant();
        // The failed step ended when the Catch entered this state, before it (ADR 0065).
        Instant caught = in.enteredAt() != null ? in.enteredAt() : now;
        String words = FailureReasons.describe(error);
        ReasonCode code = FailureReasons.code(error);
        List<WorkflowStep> steps = List.of(
                WorkflowStep.failed(failedStep, 1, null, caught, error == null ? null : error.name(), words, code),
                in.succeeded(failedStep + "OnHold", now));
        holds.hold(in.orderId(), failedStep, FailureReasons.heldForRetry(words, failedStep),
                FailureReasons.heldForRetryCode(code, failedStep), steps, now);
        CarriedOrder facts = in.facts();
        return facts != null ? TaskResult.of(in.orderId(), facts) : TaskResult.missing(in.orderId());
    }
}
