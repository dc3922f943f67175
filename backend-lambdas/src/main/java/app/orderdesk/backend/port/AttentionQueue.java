package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * Orders that need a person: FAILED ones, and paid ones whose receipt or email was flagged for
 * follow-up. Read from the status index (newest first), never by scanning the Orders table.
 */
public interface AttentionQueue {

    /**
     * FAILED orders placed since {@code since}, RECEIVED/RESERVED ones held for a retry, and in-flight ones that
     * carry a status reason (a follow-up note, or left for people after repeated stops), newest first, at most
     * {@code limit} of each status.
     */
    List<AttentionOrder> since(Instant since, int limit);

    record AttentionOrder(String orderId, String orderNumber, OrderStatus status, String reason,
                          long totalCents, String currency, Instant createdAt, app.orderdesk.backend.domain.ReasonCode reasonCode) {

        /** An order whose reason has no code (written before reason codes). */
        public AttentionOrder(String orderId, String orderNumber, OrderStatus status, String reason,
                              long totalCents, String currency, Instant createdAt) {
            this(orderId, orderNumber, status, reason, totalCents, currency, createdAt, null);
        }
    }
}
