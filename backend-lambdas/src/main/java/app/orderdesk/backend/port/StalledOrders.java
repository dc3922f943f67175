package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Orders no workflow run is moving, read from the status index, never by scanning the table:
 * <ul>
 *   <li>{@link #neverStarted}: RECEIVED, not accepted by any workflow run and not held for a retry.
 *       PlaceOrder stores the order before it starts the workflow; a creator that dies in between leaves
 *       one, and so does a caller that never retries.</li>
 *   <li>{@link #inFlight}: accepted and not yet final, not held, and not written for a while. An EXPRESS
 *       run ends after its 5-minute limit, or with Step Functions or Lambda failing under it, without
 *       reaching a failure path; its order then stays where the last step left it (ADR 0035).</li>
 * </ul>
 */
public interface StalledOrders {

    /** Ids of such orders placed before {@code placedBefore}, oldest first, at most {@code limit}. */
    List<String> neverStarted(Instant placedBefore, int limit);

    /** The statuses between the workflow's acceptance of an order and its end. */
    Set<OrderStatus> IN_FLIGHT = Set.of(OrderStatus.RECEIVED, OrderStatus.RESERVED, OrderStatus.PAID,
            OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY);

    /** An order a run left in flight: its status and when a step last wrote it (the claim's condition). */
    record InFlight(String orderId, OrderStatus status, Instant updatedAt) {}

    /**
     * Orders in an {@link #IN_FLIGHT} status (RECEIVED only once accepted), not held for a retry, without a status
     * reason (a note for people: a receipt to resend, or left after repeated stops), last written
     * before {@code lastWrittenBefore}; at most {@code limit}, oldest placed first within each status.
     */
    List<InFlight> inFlight(Instant lastWrittenBefore, int limit);
}
