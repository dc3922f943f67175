package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A conditional change to an order: it applies only while the order's status is one of
 * {@code expectedStatuses} (and, when {@code paymentId} is set, no payment was recorded yet; when
 * {@code acceptedAt} is set, the order was not accepted yet). Null fields are left unchanged.
 * {@code steps} are appended to the order's timeline by the same write, so a step is recorded exactly
 * when the change it reports is made (a repeated step whose condition fails appends nothing).
 * {@code statusReasonCode} is the reason's stable code; a reason is never written without one.
 *
 * <p>This is the one place a workflow status change is described; {@code OrderRepository.update}
 * the one place it is written — hook status-change side effects there.
 */
public record OrderUpdate(
        String orderId,
        Set<OrderStatus> expectedStatuses,
        OrderStatus status,
        String statusReason,
        String paymentId,
        String receiptKey,
        Instant emailSentAt,
        Instant acceptedAt,
        Instant updatedAt,
        List<WorkflowStep> steps,
        ReasonCode statusReasonCode) {

    public OrderUpdate {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        expectedStatuses = Set.copyOf(expectedStatuses);
        if (expectedStatuses.isEmpty()) {
            throw new IllegalArgumentException("an order update must say which statuses it applies to");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (statusReason != null && statusReasonCode == null) {
            // Every reason written has its code: a desk in another language words the code (ADR 0039).
            throw new IllegalArgumentException("a status reason needs its code: " + statusReason);
        }
    }

    /** An update with these steps whose reason (if any) comes with {@link #withReason(String, ReasonCode)}. */
    public OrderUpdate(String orderId, Set<OrderStatus> expectedStatuses, OrderStatus status, String statusReason,
                       String paymentId, String receiptKey, Instant emailSentAt, Instant acceptedAt, Instant updatedAt,
                       List<WorkflowStep> steps) {
        this(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, emailSentAt, acceptedAt, updatedAt, steps, null);
    }

    /** An update that records no timeline step. */
    public OrderUpdate(String orderId, Set<OrderStatus> expectedStatuses, OrderStatus status, String statusReason,
                       String paymentId, String receiptKey, Instant emailSentAt, Instant acceptedAt, Instant updatedAt) {
        this(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, emailSentAt, acceptedAt, updatedAt, List.of(), null);
    }

    /** Moves the order to {@code status} from one of its allowed predecessors. */
    public static OrderUpdate moveTo(String orderId, OrderStatus status, Instant now) {
        return new OrderUpdate(orderId, status.allowedPredecessors(), status, null, null, null, null, null, now);
    }

    /** The reason in words and its stable code, written together. */
    public OrderUpdate withReason(String reason, ReasonCode code) {
        return new OrderUpdate(orderId, expectedStatuses, status, reason, paymentId, receiptKey, emailSentAt, acceptedAt, updatedAt, steps, code);
    }

    public OrderUpdate withPaymentId(String id) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, id, receiptKey, emailSentAt, acceptedAt, updatedAt, steps, statusReasonCode);
    }

    public OrderUpdate withReceiptKey(String key) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, key, emailSentAt, acceptedAt, updatedAt, steps, statusReasonCode);
    }

    public OrderUpdate withEmailSentAt(Instant at) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, at, acceptedAt, updatedAt, steps, statusReasonCode);
    }

    public OrderUpdate withAcceptedAt(Instant at) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, emailSentAt, at, updatedAt, steps, statusReasonCode);
    }

    /** Appends these steps to the order's timeline in the same write. */
    public OrderUpdate withSteps(List<WorkflowStep> more) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, emailSentAt, acceptedAt, updatedAt, more, statusReasonCode);
    }
}
