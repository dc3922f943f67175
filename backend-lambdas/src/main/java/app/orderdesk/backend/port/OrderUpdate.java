package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A conditional change to an order: it applies only while the order's status is one of
 * {@code expectedStatuses} (and, when {@code paymentId} is set, no payment was recorded yet).
 * Null fields are left unchanged.
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
        Instant updatedAt) {

    public OrderUpdate {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        expectedStatuses = Set.copyOf(expectedStatuses);
        if (expectedStatuses.isEmpty()) {
            throw new IllegalArgumentException("an order update must say which statuses it applies to");
        }
    }

    /** Moves the order to {@code status} from one of its allowed predecessors. */
    public static OrderUpdate moveTo(String orderId, OrderStatus status, Instant now) {
        return new OrderUpdate(orderId, status.allowedPredecessors(), status, null, null, null, null, null, now);
    }

    public OrderUpdate withReason(String reason) {
        return new OrderUpdate(orderId, expectedStatuses, status, reason, paymentId, receiptKey, emailSentAt, acceptedAt, updatedAt);
    }

    public OrderUpdate withPaymentId(String id) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, id, receiptKey, emailSentAt, acceptedAt, updatedAt);
    }

    public OrderUpdate withReceiptKey(String key) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, key, emailSentAt, acceptedAt, updatedAt);
    }

    public OrderUpdate withEmailSentAt(Instant at) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, at, acceptedAt, updatedAt);
    }

    public OrderUpdate withAcceptedAt(Instant at) {
        return new OrderUpdate(orderId, expectedStatuses, status, statusReason, paymentId, receiptKey, emailSentAt, at, updatedAt);
    }
}
