package app.orderdesk.backend.usecase;

import app.orderdesk.api.RedriveOrderResponse;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.WorkflowControl;
import app.orderdesk.backend.port.WorkflowControl.Redrive;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * POST /orders/{id}/redrive: retries a FAILED order's workflow from the step that failed (Step Functions
 * RedriveExecution: same execution, the steps that succeeded are not run again). Only FAILED orders: a
 * cancelled order's execution is ABORTED and Step Functions would redrive it, so the order decides.
 * Idempotent: while a redrive runs, asking again answers its count without a second redrive. Each redrive
 * started is recorded on the order (who, which redrive), as a cancel is.
 */
public final class RedriveOrder {

    static final String NOT_REDRIVABLE = "NOT_REDRIVABLE";

    private final OrderRepository orders;
    private final WorkflowControl workflow;
    private final Clock clock;

    public RedriveOrder(OrderRepository orders, WorkflowControl workflow, Clock clock) {
        this.orders = orders;
        this.workflow = workflow;
        this.clock = clock;
    }

    public RedriveOrderResponse execute(String orderId, String actor) {
        String id = OrderIds.require(orderId);
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        if (order.status() != OrderStatus.FAILED) {
            throw notRedrivable(order, "it is " + words(order.status()));
        }
        Redrive redrive = workflow.redrive(id);
        switch (redrive.outcome()) {
            case NOT_REDRIVABLE -> throw notRedrivable(order, "its workflow cannot be redriven: " + redrive.reason());
            case STARTED -> orders.update(new OrderUpdate(id, Set.of(OrderStatus.FAILED), null,
                    "Retried from the failed step by " + actor + " (redrive " + redrive.redriveCount() + ")",
                    null, null, null, null, clock.instant()));
            case ALREADY_RUNNING -> {
                // The first request started it and recorded it; this one only reports it.
            }
        }
        Order now = OrderLoader.reload(orders, order);
        return new RedriveOrderResponse(id, OrderStatusMapping.toApi(now.status()), redrive.redriveCount());
    }

    private static ConflictException notRedrivable(Order order, String because) {
        return new ConflictException(NOT_REDRIVABLE, "Order " + order.orderNumber() + " cannot be retried because "
                + because + ". Only failed orders can be retried from the step that failed.");
    }

    private static String words(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
