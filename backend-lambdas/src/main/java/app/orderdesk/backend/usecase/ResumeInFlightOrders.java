package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RetryHolds;
import app.orderdesk.backend.port.RetryHolds.HoldState;
import app.orderdesk.backend.port.StalledOrders;
import app.orderdesk.backend.port.StalledOrders.InFlight;
import app.orderdesk.backend.port.WorkflowStarter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Part of the scheduled reconciler (ADR 0035): resumes orders a workflow run left in flight. An EXPRESS run
 * ends at its 5-minute limit, or when Step Functions or Lambda fail under it, without reaching any failure
 * path, so nothing holds the order or tells anyone: it would stay RESERVED or PAID, its stock held, for ever.
 * An order in flight that no step has written for {@link #LEFT_AFTER} cannot have a run still moving it, so
 * the reconciler starts a new execution at the step after its status, as support's retry does (ADR 0013);
 * every step is idempotent per order, so a step that had half run is run again safely. One conditional write
 * claims each order first (status and last write unchanged, retries counted), so of two reconciler runs, or a
 * run and a late step, only one acts. An order whose receipt is flagged for a resend is support's (the attention
 * list), not this. After {@link #MAX_RESUMES} retries the order is left for people: something keeps stopping
 * it, and starting it again would only repeat that. One conditional write gives it a status reason (code
 * STOPPED_REPEATEDLY), which puts it on the attention list and out of this reconciler's reach.
 */
public final class ResumeInFlightOrders {

    /**
     * The EXPRESS limit (5 minutes, also the definition's TimeoutSeconds) plus a task Lambda invoked just before
     * the run ended, which may still write for its own timeout (20 s): after this no run can write the order.
     */
    public static final Duration LEFT_AFTER = Duration.ofMinutes(6);
    static final int MAX_RESUMES = 3;
    static final int LIMIT = 100;
    static final String AUDIT_STEP = "ResumedByReconciler";
    static final String LEFT_STEP = "LeftForPeople";

    private final StalledOrders stalled;
    private final RetryHolds holds;
    private final OrderRepository orders;
    private final WorkflowStarter workflow;
    private final Clock clock;

    public ResumeInFlightOrders(StalledOrders stalled, RetryHolds holds, OrderRepository orders, WorkflowStarter workflow, Clock clock) {
        this.stalled = stalled;
        this.holds = holds;
        this.orders = orders;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * What one run found and did. {@code resumed}: a new execution started; {@code leftForPeople}: retried
     * {@link #MAX_RESUMES} times already, now marked for people; {@code failed}: the claim was written but the start refused (the next
     * run, {@link #LEFT_AFTER} later, tries again).
     */
    public record Report(int found, List<String> resumed, List<String> leftForPeople, List<String> failed) {
        public Report {
            resumed = List.copyOf(resumed);
            leftForPeople = List.copyOf(leftForPeople);
            failed = List.copyOf(failed);
        }
    }

    public Report execute() {
        Instant now = clock.instant();
        List<InFlight> candidates = stalled.inFlight(now.minus(LEFT_AFTER), LIMIT);
        List<String> resumed = new ArrayList<>();
        List<String> leftForPeople = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (InFlight candidate : candidates) {
            Optional<Order> order = orders.find(candidate.orderId()).filter(o -> o.status() == candidate.status());
            if (order.isEmpty() || FailureReasons.RECEIPT_FOLLOW_UP.equals(order.get().statusReason())) {
                continue; // moved on meanwhile, or its receipt is flagged for support to resend (the attention list)
            }
            Optional<HoldState> state = holds.find(candidate.orderId()).filter(h -> !h.held());
            if (state.isEmpty()) {
                continue; // held for a retry meanwhile: support decides
            }
            int attempt = state.get().resumes() + 1;
            String step = resumeStep(candidate.status());
            if (attempt > MAX_RESUMES) {
                if (leaveForPeople(candidate, state.get().resumes(), step, now)) {
                    leftForPeople.add(candidate.orderId());
                }
                continue;
            }
            WorkflowStep audit = new WorkflowStep(AUDIT_STEP, WorkflowStep.SUCCEEDED, 1, now, now, null,
                    "The workflow run stopped without finishing; resumed at " + step + " (retry " + attempt + ")",
                    ReasonCode.of(ReasonCode.RESUMED_AFTER_STOP, "step", step, "attempt", Integer.toString(attempt)));
            if (holds.resumeInFlight(candidate.orderId(), candidate.status(), candidate.updatedAt(), state.get().resumes(),
                    List.of(audit), now).isEmpty()) {
                continue; // a step, a person or another run changed it since it was read
            }
            try {
                workflow.resume(order.get(), step, attempt);
                resumed.add(candidate.orderId());
            } catch (RuntimeException notStarted) {
                failed.add(candidate.orderId());
            }
        }
        return new Report(candidates.size(), resumed, leftForPeople, failed);
    }

    /**
     * Marks the order with a reason for people, which puts it on the attention list (with the step it stopped before)
     * and out of this reconciler's reach; false when something moved it since it was read.
     */
    private boolean leaveForPeople(InFlight candidate, int resumes, String step, Instant now) {
        ReasonCode code = ReasonCode.of(ReasonCode.STOPPED_REPEATEDLY, "step", step, "attempts", Integer.toString(resumes));
        String reason = "The workflow run stopped before " + step + " again after " + resumes
                + " automatic retries; left for a person: find why in the logs, then settle it by hand (cancel it while unpaid)";
        WorkflowStep audit = new WorkflowStep(LEFT_STEP, WorkflowStep.FAILED, 1, now, now, null, reason, code);
        return holds.leaveForPeople(candidate.orderId(), candidate.status(), candidate.updatedAt(), resumes, reason, code,
                List.of(audit), now).isPresent();
    }

    /**
     * The step after the one that wrote {@code status}: what the run would have done next. FULFILLED resumes at
     * the notification, which may then go out twice (SNS delivers at least once anyway) but is never lost.
     */
    static String resumeStep(OrderStatus status) {
        return switch (status) {
            case RECEIVED -> WorkflowSteps.RESERVE; // accepted by SaveOrder
            case RESERVED -> WorkflowSteps.PAY;
            case PAID -> WorkflowSteps.COMMIT;
            case FULFILLED -> WorkflowSteps.NOTIFY;
            case RECEIPT_READY -> WorkflowSteps.EMAIL;
            default -> throw new IllegalArgumentException(status + " is not in flight");
        };
    }
}
