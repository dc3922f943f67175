package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.List;

/**
 * What every workflow task returns; it becomes the workflow's state, so it is what the next step is
 * carried (see {@link CarriedOrder}): later states read {@code orderNumber} and {@code totalCents}
 * (e.g. the SNS notification), the stock steps {@code lines}, SaveOrder {@code validated}, ReserveStock
 * {@code validated} and {@code saved} (the steps that wrote nothing, ADR 0088). The shape is part of the
 * workflow contract.
 */
public record TaskResult(String orderId, String orderNumber, OrderStatus status, long totalCents, Instant createdAt,
                         List<CarriedOrder.Line> lines, WorkflowStep validated, WorkflowStep saved) {

    public static TaskResult of(Order order) {
        return of(order.orderId(), CarriedOrder.of(order));
    }

    /** The carried facts with the status this step left the order in. */
    static TaskResult of(String orderId, CarriedOrder facts) {
        return new TaskResult(orderId, facts.orderNumber(), facts.status(), facts.totalCents(), facts.createdAt(), facts.lines(), null, null);
    }

    TaskResult withValidated(WorkflowStep step) {
        return new TaskResult(orderId, orderNumber, status, totalCents, createdAt, lines, step, saved);
    }

    TaskResult withSaved(WorkflowStep step) {
        return new TaskResult(orderId, orderNumber, status, totalCents, createdAt, lines, validated, step);
    }

    /** For a compensation step that found no order (nothing to compensate). */
    public static TaskResult missing(String orderId) {
        return new TaskResult(orderId, null, null, 0, null, List.of(), null, null);
    }
}
