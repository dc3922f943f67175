package app.orderdesk.backend.usecase;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.api.TimelineView;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderRepository.StoredTimeline;
import app.orderdesk.backend.port.RefundRepository;
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
 * A completed order's refunds follow its workflow steps, one {@code Refund} step each (they never run
 * through the workflow): SUCCEEDED once the gateway gave the money back, RUNNING while pending, FAILED
 * when refused, with the amount, who, why and the lines in words.
 */
public final class GetTimeline {

    static final String RUNNING = "RUNNING";

    static final String REFUND_STEP = "Refund";
    /** Only orders that were completed can have refunds; the others need no second read. */
    private static final Set<OrderStatus> REFUNDABLE = Set.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);

    private final OrderRepository orders;
    private final RefundRepository refunds;

    public GetTimeline(OrderRepository orders) {
        this(orders, null);
    }

    /** {@code refunds} (may be null: no refund steps) adds the order's refunds after its workflow steps. */
    public GetTimeline(OrderRepository orders, RefundRepository refunds) {
        this.orders = orders;
        this.refunds = refunds;
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
        if (refunds != null && REFUNDABLE.contains(stored.status())) {
            refunds.find(id).refunds().forEach(refund -> steps.add(toView(refund)));
        }
        return new TimelineView(id, executionStatus(stored), List.copyOf(steps));
    }

    private static TimelineStep toView(Refund refund) {
        String status = switch (refund.state()) {
            case REFUNDED, CREDITED -> WorkflowStep.SUCCEEDED;
            case REFUSED -> WorkflowStep.FAILED;
            case PENDING -> RUNNING;
        };
        Long duration = refund.finishedAt() == null || refund.createdAt() == null ? null
                : Duration.between(refund.createdAt(), refund.finishedAt()).toMillis();
        String error = refund.state() == Refund.State.REFUSED ? "RefundRefused" : null;
        ReasonCode code = code(refund);
        return new TimelineStep(REFUND_STEP, status, refund.createdAt(), refund.finishedAt(), duration, 1, error, words(refund),
                code.code(), code.params());
    }

    /**
     * The refund step's code, with what {@link #words} says as values: the amount in cents and its currency (the
     * desk formats them as the store's money), who, the reason's code, the note as typed, and the lines as
     * "quantity|name|restocked" rows joined by newlines.
     */
    static ReasonCode code(Refund refund) {
        String code = switch (refund.state()) {
            case REFUNDED -> ReasonCode.REFUND_REFUNDED;
            case CREDITED -> ReasonCode.REFUND_CREDITED;
            case REFUSED -> ReasonCode.REFUND_REFUSED;
            case PENDING -> ReasonCode.REFUND_PENDING;
        };
        StringBuilder lines = new StringBuilder();
        for (RefundLine line : refund.lines()) {
            lines.append(lines.isEmpty() ? "" : "\n").append(line.quantity()).append('|')
                    .append(line.name() != null ? line.name() : line.productId()).append('|').append(line.restock());
        }
        return ReasonCode.of(code, "amountCents", Long.toString(refund.amount().cents()), "currency", refund.amount().currency(),
                "actor", refund.actor(), "refundReason", refund.reason().name(),
                "note", refund.note() == null || refund.note().isBlank() ? null : refund.note(),
                "lines", lines.toString(), "followUp", refund.followUp());
    }

    /** "$12.50 refunded by sam@…: DAMAGED — 1 × Mug (restocked), 2 × Tee" (and the follow-up, when any). */
    static String words(Refund refund) {
        StringBuilder text = new StringBuilder(refund.amount().format())
                .append(switch (refund.state()) {
                    case REFUSED -> " refund refused";
                    case CREDITED -> " credited (paid on delivery)";
                    default -> " refunded";
                })
                .append(" by ").append(refund.actor()).append(": ").append(refund.reason().name());
        if (refund.note() != null && !refund.note().isBlank()) {
            text.append(" (").append(refund.note()).append(')');
        }
        String separator = " — ";
        for (RefundLine line : refund.lines()) {
            text.append(separator).append(line.quantity()).append(" × ").append(line.name() != null ? line.name() : line.productId())
                    .append(line.restock() ? " (restocked)" : " (not restocked)");
            separator = ", ";
        }
        if (refund.followUp() != null) {
            text.append(". ").append(refund.followUp());
        }
        return text.toString();
    }

    /** Also the form a pushed step takes, so a pushed step equals the one a later read shows. */
    static TimelineStep toView(WorkflowStep step) {
        Long duration = step.startedAt() == null || step.endedAt() == null ? null
                : Duration.between(step.startedAt(), step.endedAt()).toMillis();
        return new TimelineStep(step.name(), step.status(), step.startedAt(), step.endedAt(), duration,
                step.attempts(), step.error(), step.cause(),
                step.causeCode() == null ? null : step.causeCode().code(), step.causeCode() == null ? null : step.causeCode().params());
    }

    /** As Step Functions would report it: rejected and declined orders end in Succeed states, a follow-up in a Fail state. */
    static String executionStatus(StoredTimeline stored) {
        if (FailureReasons.RECEIPT_FOLLOW_UP.equals(stored.statusReason()) || FailureReasons.isHeldForRetry(stored.statusReason())) {
            return "FAILED";
        }
        OrderStatus status = stored.status();
        return switch (status) {
            case COMPLETED, REJECTED, PAYMENT_DECLINED, PARTIALLY_REFUNDED, REFUNDED -> "SUCCEEDED";
            case FAILED -> "FAILED";
            case CANCELLED -> "ABORTED";
            default -> RUNNING;
        };
    }
}
