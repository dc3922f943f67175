package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository.Written;
import app.orderdesk.backend.port.RetryHolds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Holds beside the in-memory orders, with the DynamoDB adapter's conditions (the status lives in the orders). */
public final class InMemoryRetryHolds implements RetryHolds {

    private final InMemoryOrderRepository orders;
    private final Map<String, String> holds = new ConcurrentHashMap<>();
    private final Map<String, Integer> resumes = new ConcurrentHashMap<>();

    public InMemoryRetryHolds(InMemoryOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Optional<HoldState> find(String orderId) {
        Order order = orders.orders.get(orderId);
        if (order == null) {
            return Optional.empty();
        }
        return Optional.of(new HoldState(order.status(), holds.get(orderId), resumes.getOrDefault(orderId, 0)));
    }

    @Override
    public synchronized Optional<Written> hold(String orderId, String step, String reason, ReasonCode reasonCode, List<WorkflowStep> steps, Instant at) {
        Order o = orders.orders.get(orderId);
        if (o == null || !open(o) || holds.containsKey(orderId)) {
            return Optional.empty();
        }
        holds.put(orderId, step);
        return write(o, reason, reasonCode, steps, at);
    }

    @Override
    public synchronized Optional<Written> resume(String orderId, String step, int seen, List<WorkflowStep> steps, Instant at) {
        Order o = orders.orders.get(orderId);
        if (o == null || !open(o) || !step.equals(holds.get(orderId)) || resumes.getOrDefault(orderId, 0) != seen) {
            return Optional.empty();
        }
        holds.remove(orderId);
        resumes.put(orderId, seen + 1);
        return write(o, null, null, steps, at);
    }

    @Override
    public synchronized Optional<Written> restore(String orderId, String step, int attempt, String reason, ReasonCode reasonCode, Instant at) {
        Order o = orders.orders.get(orderId);
        if (o == null || !open(o) || holds.containsKey(orderId) || resumes.getOrDefault(orderId, 0) != attempt) {
            return Optional.empty();
        }
        holds.put(orderId, step);
        return write(o, reason, reasonCode, List.of(), at);
    }

    @Override
    public synchronized Optional<Written> resumeInFlight(String orderId, OrderStatus status, Instant lastWritten, int seen,
            List<WorkflowStep> steps, Instant at) {
        Order o = orders.orders.get(orderId);
        if (o == null || o.status() != status || !lastWritten.equals(o.updatedAt()) || holds.containsKey(orderId)
                || resumes.getOrDefault(orderId, 0) != seen) {
            return Optional.empty();
        }
        resumes.put(orderId, seen + 1);
        return write(o, o.statusReason(), o.statusReasonCode(), steps, at);
    }

    @Override
    public synchronized Optional<Written> leaveForPeople(String orderId, OrderStatus status, Instant lastWritten, int seen, String reason,
            ReasonCode reasonCode, List<WorkflowStep> steps, Instant at) {
        Order o = orders.orders.get(orderId);
        if (o == null || o.status() != status || !lastWritten.equals(o.updatedAt()) || holds.containsKey(orderId)
                || o.statusReason() != null || resumes.getOrDefault(orderId, 0) != seen) {
            return Optional.empty();
        }
        return write(o, reason, reasonCode, steps, at);
    }

    /** True while the order carries a hold (what the attention list's filter sees). */
    public boolean isHeld(String orderId) {
        return holds.containsKey(orderId);
    }

    private static boolean open(Order o) {
        return o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.RESERVED;
    }

    /** Writes as the DynamoDB adapter does and answers what the write left (its ALL_NEW item, as desks show it). */
    private Optional<Written> write(Order o, String reason, ReasonCode reasonCode, List<WorkflowStep> steps, Instant at) {
        orders.timelines.computeIfAbsent(o.orderId(), id -> new ArrayList<>()).addAll(steps);
        orders.orders.put(o.orderId(), new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), o.status(),
                reason, o.idempotencyKey(), o.paymentToken(), o.paymentId(), o.receiptKey(), o.emailSentAt(), o.acceptedAt(),
                o.createdAt(), at, o.version() + 1, reasonCode, o.paymentReceived(), o.paymentUndone()));
        orders.writes++;
        return Optional.of(new Written(o.status(), reason, reasonCode, orders.placers.get(o.orderId()), o.receiptKey() != null));
    }
}
