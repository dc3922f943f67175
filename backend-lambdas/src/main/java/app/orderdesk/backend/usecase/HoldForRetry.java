package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.OrderAwaitsRetryException;
import app.orderdesk.backend.port.RetryHolds;
import app.orderdesk.backend.port.RetryHolds.HoldState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The workflow's "retry from the failed step" path (ADR 0013). When ValidateOrder, SaveOrder or
 * ReserveStock gives up after its retries on a transient failure, the workflow does not compensate:
 * its {@code <Step>OnHold} state ({@link #hold}) marks the order held — status unchanged, every
 * reservation kept, nothing charged — and AwaitRetry ({@link #awaitRetry}) ends the execution FAILED.
 * Support then either redrives the execution (RedriveExecution runs AwaitRetry again with a higher
 * redrive count: the hold is lifted and the failed step runs again with the same input) or cancels
 * the order (CancelOrder releases its stock, fenced). The order is not final while held, so the
 * reconciler leaves its reservations alone.
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
     * Holds the order after {@code failedStep} gave up at redrive count {@code redriveCount}; records the
     * failed step (its error in words) and this one. A repeat (the write landed, the answer was lost) or
     * an order cancelled meanwhile changes nothing: AwaitRetry decides what follows.
     */
    public TaskResult hold(StepInput in, String failedStep, int redriveCount, WorkflowError error) {
        if (!RETRYABLE_STEPS.contains(failedStep)) {
            throw new IllegalArgumentException("a failure of " + failedStep + " is not held for a retry");
        }
        Instant now = clock.instant();
        String words = FailureReasons.describe(error);
        List<WorkflowStep> steps = List.of(
                WorkflowStep.failed(failedStep, 1, null, now, error == null ? null : error.name(), words),
                in.succeeded(failedStep + "OnHold", now));
        holds.hold(in.orderId(), failedStep, redriveCount, FailureReasons.heldForRetry(words, failedStep), steps, now);
        return result(in);
    }

    /**
     * Ends the execution until support retries: while the redrive count is still the one the order was
     * held at, throws {@link OrderAwaitsRetryException}. After a redrive it lifts the hold and returns,
     * so the workflow runs the failed step again. An order no longer held (cancelled) stays as it is.
     */
    public TaskResult awaitRetry(StepInput in, int heldAt, int redriveCount) {
        if (redriveCount <= heldAt) {
            throw new OrderAwaitsRetryException("Order " + in.orderId() + " is held: support can retry it from the step"
                    + " that failed or cancel it");
        }
        Instant now = clock.instant();
        if (holds.resume(in.orderId(), heldAt, List.of(in.succeeded("AwaitRetry", now)), now)) {
            return result(in);
        }
        HoldState state = holds.find(in.orderId())
                .orElseThrow(() -> new OrderAwaitsRetryException("Order " + in.orderId() + " does not exist"));
        boolean open = state.status() == OrderStatus.RECEIVED || state.status() == OrderStatus.RESERVED;
        if (open && !state.held()) {
            return result(in); // a repeat of this step: the hold was lifted by the first call
        }
        throw new OrderAwaitsRetryException("Order " + in.orderId() + " is no longer held for a retry (it is "
                + state.status() + "); nothing is retried");
    }

    private static TaskResult result(StepInput in) {
        CarriedOrder facts = in.facts();
        return facts != null ? TaskResult.of(in.orderId(), facts) : TaskResult.missing(in.orderId());
    }
}
