package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.api.RedriveOrderResponse;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.OutcomeUnknownException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RetryHolds;
import app.orderdesk.backend.port.RetryHolds.HoldState;
import app.orderdesk.backend.port.WorkflowStarter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * POST /orders/{id}/redrive: retries an order held after a failed step from that step (ADR 0013). The
 * workflow is EXPRESS, which has no RedriveExecution, so the retry is a new execution whose input is the
 * order's facts from its record and the step to resume at; the steps before it are not run again.
 * The order decides: an order that already ended (COMPLETED, CANCELLED, a compensated FAILED …) or is not
 * held (never held, or a retry already started) is refused with 409. One conditional write turns the
 * hold into a resume before the execution starts, so of two requests for one hold only one starts a run
 * (the other gets 409). The write also records who retried (a timeline step, the order's audit trail).
 */
public final class RedriveOrder {

    static final String NOT_REDRIVABLE = "NOT_REDRIVABLE";
    static final String AUDIT_STEP = "RetryRequested";

    private final OrderRepository orders;
    private final RetryHolds holds;
    private final WorkflowStarter workflow;
    private final Clock clock;

    public RedriveOrder(OrderRepository orders, RetryHolds holds, WorkflowStarter workflow, Clock clock) {
        this.orders = orders;
        this.holds = holds;
        this.workflow = workflow;
        this.clock = clock;
    }

    public RedriveOrderResponse execute(String orderId, String actor) {
        String id = OrderIds.require(orderId);
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        if (order.status().isFinal()) {
            throw notRedrivable(order, order.status() == OrderStatus.FAILED
                    ? "its failure was compensated: its stock was released and nothing stays charged; place it again"
                    : "it is " + words(order.status()));
        }
        HoldState hold = holds.find(id).orElseThrow(() -> NotFoundException.order(id));
        if (!hold.held()) {
            throw notRedrivable(order, "it is not held after a failed step (a retry may already be running)");
        }
        int attempt = hold.resumes() + 1;
        Instant now = clock.instant();
        WorkflowStep audit = new WorkflowStep(AUDIT_STEP, WorkflowStep.SUCCEEDED, 1, now, now, null,
                "Retried from " + hold.step() + " by " + actor + " (retry " + attempt + ")",
                ReasonCode.of(ReasonCode.RETRIED_FROM_STEP, "step", hold.step(), "actor", actor, "attempt", Integer.toString(attempt)));
        if (holds.resume(id, hold.step(), hold.resumes(), List.of(audit), now).isEmpty()) {
            throw notRedrivable(order, "another request already retried it");
        }
        try {
            workflow.resume(order, hold.step(), attempt);
        } catch (OutcomeUnknownException mayBeRunning) {
            // No answer to the start: it may be running, so the hold stays lifted (restoring it showed a running order
            // as held, inviting a second retry; audit, session 34). If it did not start, the order sits still and the
            // reconciler starts it after ResumeInFlightOrders.LEFT_AFTER, as for any run that stopped (ADR 0086).
            throw mayBeRunning;
        } catch (RuntimeException notStarted) {
            // The execution did not start: put the hold back so support can try again (the answer is the error).
            holds.restore(id, hold.step(), attempt, order.statusReason(), order.statusReasonCode(), clock.instant());
            throw notStarted;
        }
        return new RedriveOrderResponse(id, OrderStatusMapping.toApi(order.status()), attempt);
    }

    private static ConflictException notRedrivable(Order order, String because) {
        return new ConflictException(NOT_REDRIVABLE, "Order " + order.orderNumber() + " cannot be retried because "
                + because + ". Only orders held after a failed step can be retried from that step.");
    }

    private static String words(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
