package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.OrderRepository.Written;
import app.orderdesk.backend.port.RetryHolds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Holds that announce every write they make (ADR 0074), as {@link NotifyingOrderRepository} does for the order's
 * other writes: an order held for a retry, retried by support, its hold put back, resumed or left for people by the
 * reconciler reaches the desks following it, its placer's and those showing every order at once, with the reason and
 * the steps written — before, desks learnt of it only at their next read. The write answers what it left (status,
 * reason, placer), so announcing costs no read; a refused write announces nothing.
 */
public final class NotifyingRetryHolds implements RetryHolds {

    private final RetryHolds holds;
    private final ChangeEvents events;

    public NotifyingRetryHolds(RetryHolds holds, ChangeEvents events) {
        this.holds = holds;
        this.events = events;
    }

    @Override
    public Optional<HoldState> find(String orderId) {
        return holds.find(orderId);
    }

    @Override
    public Optional<Written> hold(String orderId, String step, String reason, ReasonCode reasonCode, List<WorkflowStep> steps,
                                  Instant at) {
        return announced(orderId, steps, at, holds.hold(orderId, step, reason, reasonCode, steps, at));
    }

    @Override
    public Optional<Written> resume(String orderId, String step, int resumes, List<WorkflowStep> steps, Instant at) {
        return announced(orderId, steps, at, holds.resume(orderId, step, resumes, steps, at));
    }

    @Override
    public Optional<Written> restore(String orderId, String step, int attempt, String reason, ReasonCode reasonCode, Instant at) {
        return announced(orderId, List.of(), at, holds.restore(orderId, step, attempt, reason, reasonCode, at));
    }

    @Override
    public Optional<Written> resumeInFlight(String orderId, OrderStatus status, Instant lastWritten, int resumes,
                                            List<WorkflowStep> steps, Instant at) {
        return announced(orderId, steps, at, holds.resumeInFlight(orderId, status, lastWritten, resumes, steps, at));
    }

    @Override
    public Optional<Written> leaveForPeople(String orderId, OrderStatus status, Instant lastWritten, int resumes, String reason,
                                            ReasonCode reasonCode, List<WorkflowStep> steps, Instant at) {
        return announced(orderId, steps, at,
                holds.leaveForPeople(orderId, status, lastWritten, resumes, reason, reasonCode, steps, at));
    }

    private Optional<Written> announced(String orderId, List<WorkflowStep> steps, Instant at, Optional<Written> written) {
        written.filter(w -> w.status() != null).ifPresent(w -> events.orderChanged(new OrderChange(orderId, w.placedBy(),
                w.status(), w.statusReason(), w.statusReasonCode(), at, steps, w.receiptAvailable())));
        return written;
    }
}
