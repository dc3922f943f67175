package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one write changed in an order, as the desks show it without reading the order again (issue 11):
 * the status, its reason (and the reason's code, for desks in other languages), when the record was written ({@code updatedAt}), the timeline steps this write
 * appended, whether a receipt exists, and who placed the order ({@code placedBy}: the Cognito subject, so
 * the change also reaches that user's desks; null for orders stored before it was recorded). No payment,
 * card or customer contact data: the change goes to every desk following the order.
 */
public record OrderChange(String orderId, String placedBy, OrderStatus status, String statusReason, ReasonCode statusReasonCode,
                          Instant updatedAt, List<WorkflowStep> steps, boolean receiptAvailable) {

    public OrderChange {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A change whose reason has no code. */
    public OrderChange(String orderId, String placedBy, OrderStatus status, String statusReason, Instant updatedAt,
                       List<WorkflowStep> steps, boolean receiptAvailable) {
        this(orderId, placedBy, status, statusReason, null, updatedAt, steps, receiptAvailable);
    }
}
