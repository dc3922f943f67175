package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.PaymentUndo;
import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Orders in a map, with the same conditions as the DynamoDB adapter. */
public final class InMemoryOrderRepository implements OrderRepository {

    public final Map<String, Order> orders = new ConcurrentHashMap<>();
    public int writes;
    /** Reads of whole orders ({@link #find}), to count what a step reads. */
    public final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public Optional<Order> find(String orderId) {
        reads.incrementAndGet();
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public synchronized boolean create(Order order) {
        if (orders.containsKey(order.orderId())) {
            return false;
        }
        orders.put(order.orderId(), order);
        startLeases.put(order.orderId(), WorkflowStartLease.until(order.createdAt()));
        writes++;
        return true;
    }

    /** Who placed each order (the Cognito subject), when the creator said. */
    public final Map<String, String> placers = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean create(Order order, String placedBy) {
        boolean created = create(order);
        if (created && placedBy != null) {
            placers.put(order.orderId(), placedBy);
        }
        return created;
    }

    /** As the DynamoDB store: the write answers the order it left (counted as no read). */
    @Override
    public synchronized Optional<Written> updateReturningWritten(OrderUpdate update) {
        return update(update) ? Optional.of(written(update.orderId())) : Optional.empty();
    }

    @Override
    public synchronized Optional<Written> cancelReturningWritten(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        return cancel(orderId, reason, reasonCode, at) ? Optional.of(written(orderId)) : Optional.empty();
    }

    private Written written(String orderId) {
        Order o = orders.get(orderId);
        return new Written(o.status(), o.statusReason(), o.statusReasonCode(), placers.get(orderId), o.receiptKey() != null);
    }

    /** Until when each order's workflow start is leased (absent: given back). */
    private final Map<String, Instant> startLeases = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean claimWorkflowStart(String orderId, Instant at) {
        Order o = orders.get(orderId);
        Instant lease = startLeases.get(orderId);
        if (o == null || o.status() != OrderStatus.RECEIVED || o.acceptedAt() != null || (lease != null && !lease.isBefore(at))) {
            return false;
        }
        startLeases.put(orderId, WorkflowStartLease.until(at));
        writes++;
        return true;
    }

    @Override
    public synchronized void releaseWorkflowStart(String orderId) {
        if (orders.containsKey(orderId)) {
            startLeases.remove(orderId);
            writes++;
        }
    }

    @Override
    public boolean update(OrderUpdate u) {
        runHook();
        return apply(u);
    }

    private void runHook() {
        Runnable hook = beforeNextWrite;
        if (hook != null) {
            beforeNextWrite = null;
            hook.run();
        }
    }

    private synchronized boolean apply(OrderUpdate u) {
        Order o = orders.get(u.orderId());
        if (o == null || !u.expectedStatuses().contains(o.status()) || (u.paymentId() != null && o.paymentId() != null)
                || (u.acceptedAt() != null && o.acceptedAt() != null)) {
            return false;
        }
        timelines.computeIfAbsent(o.orderId(), id -> new ArrayList<>()).addAll(u.steps());
        orders.put(o.orderId(), new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(),
                u.status() != null ? u.status() : o.status(),
                u.statusReason() != null ? u.statusReason() : completes(u) ? null : o.statusReason(),
                o.idempotencyKey(), o.paymentToken(),
                u.paymentId() != null ? u.paymentId() : o.paymentId(),
                u.receiptKey() != null ? u.receiptKey() : o.receiptKey(),
                u.emailSentAt() != null ? u.emailSentAt() : o.emailSentAt(),
                u.acceptedAt() != null ? u.acceptedAt() : o.acceptedAt(),
                o.createdAt(), u.updatedAt(), o.version() + 1,
                u.statusReason() != null ? u.statusReasonCode() : completes(u) ? null : o.statusReasonCode(), o.paymentReceived(), o.paymentUndone()));
        writes++;
        return true;
    }

    @Override
    public boolean claimPayment(String orderId, Instant at) {
        runHook();
        return claim(orderId);
    }

    /** One write that answers the item, as the DynamoDB adapter's (ReturnValues ALL_NEW): not counted as a read. */
    @Override
    public Optional<Order> claimPaymentReturningOrder(String orderId, Instant at) {
        runHook();
        return claim(orderId) ? Optional.of(orders.get(orderId)) : Optional.empty();
    }

    private synchronized boolean claim(String orderId) {
        Order o = orders.get(orderId);
        if (o == null || o.status() != OrderStatus.RESERVED || o.paymentId() != null) {
            return false;
        }
        paymentClaims.add(orderId);
        writes++;
        return true;
    }

    /** Who marked each order's receipt email as being sent (the DynamoDB adapter's {@code emailClaim}). */
    public final Map<String, String> emailClaims = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public synchronized boolean claimEmail(String orderId, String claimant, Instant at) {
        runHook();
        Order o = orders.get(orderId);
        String claimed = emailClaims.get(orderId);
        if (o == null || o.emailSentAt() != null || (claimed != null && !claimed.equals(claimant))) {
            return false;
        }
        emailClaims.put(orderId, claimant);
        writes++;
        return true;
    }

    @Override
    public synchronized boolean cancel(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        Order o = orders.get(orderId);
        if (o == null || !(o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.RESERVED)
                || o.paymentId() != null || paymentClaims.contains(orderId)) {
            return false;
        }
        orders.put(orderId, new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), OrderStatus.CANCELLED,
                reason, o.idempotencyKey(), o.paymentToken(), o.paymentId(), o.receiptKey(), o.emailSentAt(), o.acceptedAt(),
                o.createdAt(), at, o.version() + 1, reasonCode, o.paymentReceived(), o.paymentUndone()));
        writes++;
        return true;
    }

    /** ADR 0071: the DynamoDB adapter's conditions; answers the order it left, as its ALL_NEW write (not counted as a read). */
    @Override
    public Optional<Order> recordPaymentReceived(String orderId, PaymentReceipt receipt, String requestKey) {
        runHook();
        return record(orderId, receipt, requestKey);
    }

    /** ADR 0085: the Idempotency-Keys that recorded or undid each order's payment. */
    private final Map<String, java.util.Set<String>> paymentRequests = new java.util.HashMap<>();

    @Override
    public synchronized boolean paymentRequestSeen(String orderId, String requestKey) {
        return paymentRequests.getOrDefault(orderId, java.util.Set.of()).contains(requestKey);
    }

    /** Adds the key; false when it was there already (the write is refused). */
    private boolean firstUseOf(String orderId, String requestKey) {
        return requestKey == null || !paymentRequestSeen(orderId, requestKey);
    }

    private void remember(String orderId, String requestKey) {
        if (requestKey != null) {
            paymentRequests.computeIfAbsent(orderId, id -> new java.util.HashSet<>()).add(requestKey);
        }
    }

    private synchronized Optional<Order> record(String orderId, PaymentReceipt receipt, String requestKey) {
        Order o = orders.get(orderId);
        if (o == null || !PaymentReceipt.mayBeRecordedOn(o) || !firstUseOf(orderId, requestKey)) {
            return Optional.empty();
        }
        remember(orderId, requestKey);
        Order recorded = new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), o.status(), o.statusReason(),
                o.idempotencyKey(), o.paymentToken(), o.paymentId(), o.receiptKey(), o.emailSentAt(), o.acceptedAt(),
                o.createdAt(), receipt.recordedAt(), o.version() + 1, o.statusReasonCode(), receipt, o.paymentUndone());
        orders.put(orderId, recorded);
        writes++;
        return Optional.of(recorded);
    }

    /** ADR 0072: the DynamoDB adapter's condition (a payment is recorded); answers the order it left (not counted as a read). */
    @Override
    public Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
        runHook();
        return undo(orderId, undoneBy, undoneAt, reason, requestKey);
    }

    private synchronized Optional<Order> undo(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
        Order o = orders.get(orderId);
        if (o == null || o.paymentReceived() == null || !firstUseOf(orderId, requestKey)) {
            return Optional.empty();
        }
        remember(orderId, requestKey);
        Order undone = new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), o.status(), o.statusReason(),
                o.idempotencyKey(), o.paymentToken(), o.paymentId(), o.receiptKey(), o.emailSentAt(), o.acceptedAt(),
                o.createdAt(), undoneAt, o.version() + 1, o.statusReasonCode(), null,
                new PaymentUndo(o.paymentReceived(), undoneBy, undoneAt, reason));
        orders.put(orderId, undone);
        writes++;
        return Optional.of(undone);
    }

    @Override
    public synchronized Optional<StoredTimeline> findTimeline(String orderId) {
        Order o = orders.get(orderId);
        return o == null ? Optional.empty() : Optional.of(new StoredTimeline(orderId, o.status(), o.statusReason(),
                o.acceptedAt(), timelines.getOrDefault(orderId, List.of())));
    }

    /** Each order's timeline steps, in the order they were written. */
    public final Map<String, List<WorkflowStep>> timelines = new ConcurrentHashMap<>();

    /** Orders whose payment was claimed (the DynamoDB item's paymentClaimedAt). */
    public final Set<String> paymentClaims = ConcurrentHashMap.newKeySet();

    /** Runs once just before the next update, payment claim, recorded or undone payment, to stage a race (e.g. a cancel landing mid-step). */
    public volatile Runnable beforeNextWrite;

    public Order get(String orderId) {
        return orders.get(orderId);
    }

    /** As the DynamoDB adapter: completing the order removes a reason written on the way (none is written with it). */
    private static boolean completes(OrderUpdate u) {
        return u.status() == OrderStatus.COMPLETED;
    }
}
