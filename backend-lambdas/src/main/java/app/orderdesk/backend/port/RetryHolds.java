package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The "held for a retry" mark on an order (ADR 0013): a step of the workflow gave up after its retries
 * on a transient failure, so the order keeps its status (RECEIVED or RESERVED) and whatever stock it
 * holds, and waits for support to retry it from that step or cancel it. A retry turns the hold into a
 * resume with one conditional write before the new execution starts, so two requests make one run;
 * {@code resumes} counts the retries started, and names each one's execution.
 */
public interface RetryHolds {

    /** The order's status, its hold's step (null when it is not held) and how many retries were started. */
    record HoldState(OrderStatus status, String step, int resumes) {
        public boolean held() {
            return step != null;
        }
    }

    Optional<HoldState> find(String orderId);

    /**
     * Holds the order for a retry of {@code step}, with {@code reason} for people (and its stable code) and {@code steps}
     * appended to its timeline in the same write; only while it is RECEIVED or RESERVED and not held.
     * Empty when refused (nothing changed).
     */
    Optional<OrderRepository.Written> hold(String orderId, String step, String reason, ReasonCode reasonCode, List<WorkflowStep> steps, Instant at);

    /**
     * Turns the hold on {@code step} into retry number {@code resumes + 1}: removes the hold and its reason and
     * appends {@code steps}, only while the order is RECEIVED or RESERVED, held on {@code step} and
     * {@code resumes} retries were started. Empty when refused — another request already resumed it.
     */
    Optional<OrderRepository.Written> resume(String orderId, String step, int resumes, List<WorkflowStep> steps, Instant at);

    /**
     * Puts the hold back after retry {@code attempt} could not be started (its execution never ran), only while
     * the order is open, not held and {@code attempt} is its last retry; empty when refused.
     */
    Optional<OrderRepository.Written> restore(String orderId, String step, int attempt, String reason, ReasonCode reasonCode, Instant at);

    /**
     * Claims an order a workflow run left in flight for retry number {@code resumes + 1} (ADR 0035): appends
     * {@code steps} and counts the retry, only while the order still has {@code status}, was last written at
     * {@code lastWritten}, is not held and {@code resumes} retries were started. Empty when refused: a step,
     * a person or another reconciler run moved it meanwhile.
     */
    Optional<OrderRepository.Written> resumeInFlight(String orderId, OrderStatus status, Instant lastWritten, int resumes, List<WorkflowStep> steps, Instant at);

    /**
     * Leaves an order that stopped in flight again after {@code resumes} retries for people (ADR 0035): sets
     * {@code reason} and its code as the order's status reason (which puts it on the attention list and out of the
     * reconciler's reach) and appends {@code steps}, only while the order still has {@code status}, was last written
     * at {@code lastWritten}, is not held, has no status reason and {@code resumes} retries were started.
     * Empty when refused.
     */
    Optional<OrderRepository.Written> leaveForPeople(String orderId, OrderStatus status, Instant lastWritten, int resumes, String reason, ReasonCode reasonCode,
                           List<WorkflowStep> steps, Instant at);
}
