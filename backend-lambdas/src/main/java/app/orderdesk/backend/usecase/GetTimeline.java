package app.orderdesk.backend.usecase;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.api.TimelineView;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderRepository.StoredTimeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GET /orders/{id}/timeline: the order's workflow steps with times, attempts and errors, from the
 * order record the tasks write (one read) — not from Step Functions' execution history, whose
 * {@code GetExecutionHistory} is throttled per account and exists only for Standard workflows.
 * The execution's status is derived from the order's: the workflow ends when the order does.
 */
public final class GetTimeline {

    static final String RUNNING = "RUNNING";

    private final OrderRepository orders;

    public GetTimeline(OrderRepository orders) {
        this.orders = orders;
    }

    public TimelineView execute(String orderId) {
        String id = OrderIds.require(orderId);
        StoredTimeline stored = orders.findTimeline(id).orElseThrow(() -> NotFoundException.order(id));
        List<TimelineStep> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WorkflowStep step : stored.steps()) {
            // Writes are conditional, so a step is recorded once; two racing deliveries of a handler could
            // still both write theirs, and the first is the one that counted.
            if (seen.add(step.name() + "#" + step.status() + "#" + step.attempts())) {
                steps.add(toView(step));
            }
        }
        return new TimelineView(id, executionStatus(stored), List.copyOf(steps));
    }

    private static TimelineStep toView(WorkflowStep step) {
        Long duration = step.startedAt() == null || step.endedAt() == null ? null
                : Duration.between(step.startedAt(), step.endedAt()).toMillis();
        return new TimelineStep(step.name(), step.status(), step.startedAt(), step.endedAt(), duration,
                step.attempts(), step.error(), step.cause());
    }

    /** As Step Functions would report it: rejected and declined orders end in Succeed states, a follow-up in a Fail state. */
    static String executionStatus(StoredTimeline stored) {
        if (FailureReasons.RECEIPT_FOLLOW_UP.equals(stored.statusReason())) {
            return "FAILED";
        }
        OrderStatus status = stored.status();
        return switch (status) {
            case COMPLETED, REJECTED, PAYMENT_DECLINED -> "SUCCEEDED";
            case FAILED -> "FAILED";
            case CANCELLED -> "ABORTED";
            default -> RUNNING;
        };
    }
}
