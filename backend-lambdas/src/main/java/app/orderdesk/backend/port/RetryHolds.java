package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The "held for a retry" mark on an order (ADR 0013): a step of the workflow gave up after its retries
 * on a transient failure, so the order keeps its status (RECEIVED or RESERVED) and whatever stock it
 * holds, and waits for support to retry it from that step or cancel it. {@code heldAt} is the
 * execution's redrive count when it was held: a redrive raises the count, which is how the workflow
 * tells "support asked for the retry" from "nobody did yet".
 */
public interface RetryHolds {

    /** The order's status and its hold (step and count null when it is not held); empty when there is no order. */
    record HoldState(OrderStatus status, String step, Integer heldAt) {
        public boolean held() {
            return step != null;
        }
    }

    Optional<HoldState> find(String orderId);

    /**
     * Holds the order for a retry of {@code step}, with {@code reason} for people and {@code steps}
     * appended to its timeline in the same write; only while it is RECEIVED or RESERVED and not held.
     * False when refused (nothing changed).
     */
    boolean hold(String orderId, String step, int heldAt, String reason, List<WorkflowStep> steps, Instant at);

    /**
     * Lifts the hold made at {@code heldAt} (and its reason) so the failed step can run again, appending
     * {@code steps}; only while it is that hold and the order is RECEIVED or RESERVED. False when refused.
     */
    boolean resume(String orderId, int heldAt, List<WorkflowStep> steps, Instant at);

    /** Appends audit steps (who retried, which redrive) to the order's timeline; false when there is no order. */
    boolean record(String orderId, List<WorkflowStep> steps, Instant at);
}
