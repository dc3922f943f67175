package app.orderdesk.backend.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may start an order's workflow, and until when. The EXPRESS workflow's StartExecution is not
 * idempotent (ADR 0018), so fifty repeats of one key that all find the order not yet accepted would start
 * fifty runs. The order's creator holds the lease from the moment it stores the order; a repeat starts the
 * workflow again only after winning an expired lease with a conditional write. A creator whose start failed
 * gives the lease back, so the caller's retry starts it at once.
 */
public final class WorkflowStartLease {

    /**
     * Long enough that a start still in flight (a cold PlaceOrder under load) is not doubled; short
     * enough that a lost start is made good by the caller's next retry.
     */
    public static final Duration DURATION = Duration.ofSeconds(30);

    private WorkflowStartLease() {}

    /** When a lease taken at {@code at} runs out. */
    public static Instant until(Instant at) {
        return at.plus(DURATION);
    }
}
