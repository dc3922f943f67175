package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;

/**
 * What every workflow task returns; later states read {@code orderNumber} and {@code totalCents}
 * (e.g. the SNS notification), so the shape is part of the workflow contract.
 */
public record TaskResult(String orderId, String orderNumber, OrderStatus status, long totalCents) {

    public static TaskResult of(Order order) {
        return new TaskResult(order.orderId(), order.orderNumber(), order.status(), order.total().cents());
    }

    /** For a compensation step that found no order (nothing to compensate). */
    public static TaskResult missing(String orderId) {
        return new TaskResult(orderId, null, null, 0);
    }
}
