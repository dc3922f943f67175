package app.orderdesk.backend.usecase;

import app.orderdesk.api.RedriveOrderResponse;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RetryHolds;
import app.orderdesk.backend.port.WorkflowControl;
import app.orderdesk.backend.port.WorkflowControl.Redrive;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * POST /orders/{id}/redrive: retries an order held after a failed step from that step (Step Functions
 * RedriveExecution: same execution; the states that succeeded are not run again; ADR 0013). The order
 * decides first: an order that already ended (COMPLETED, CANCELLED, a compensated FAILED …) is refused
 * with 409 — a compensated order has released its stock and voided its payment and cannot go on.
 * Idempotent: while a redrive runs, asking again answers its count without a second redrive. Each redrive
 * started is recorded in the order's timeline (who, which redrive), its audit trail.
 */
public final class RedriveOrder {

    static final String NOT_REDRIVABLE = "NOT_REDRIVABLE";
    static final String AUDIT_STEP = "RetryRequested";

    private final OrderRepository orders;
    private final RetryHolds holds;
    private final WorkflowControl workflow;
    private final Clock clock;

    public RedriveOrder(OrderRepository orders, RetryHolds holds, WorkflowControl workflow, Clock clock) {
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
        Redrive redrive = workflow.redrive(id);
        switch (redrive.outcome()) {
            case NOT_REDRIVABLE -> throw notRedrivable(order, "its workflow cannot be redriven: " + redrive.reason());
            case STARTED -> {
                Instant now = clock.instant();
                holds.record(id, List.of(new WorkflowStep(AUDIT_STEP, WorkflowStep.SUCCEEDED, 1, now, now,
                        null, "Retried from the failed step by " + actor + " (redrive " + redrive.redriveCount() + ")")), now);
            }
            case ALREADY_RUNNING -> {
                // The first request started it and recorded it; this one only reports it.
            }
        }
        Order now = OrderLoader.reload(orders, order);
        return new RedriveOrderResponse(id, OrderStatusMapping.toApi(now.status()), redrive.redriveCount());
    }

    private static ConflictException notRedrivable(Order order, String because) {
        return new ConflictException(NOT_REDRIVABLE, "Order " + order.orderNumber() + " cannot be retried because "
                + because + ". Only orders held after a failed step can be retried from that step.");
    }

    private static String words(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
