package app.orderdesk.backend.usecase;

import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentReceivedRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.PaymentUndo;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * POST /orders/{id}/payment-received (ADR 0071): the customer of an order paid on invoice / on delivery paid.
 * The write comes first and is the whole check: ONE conditional write stores the payment only while the order is
 * paid on delivery, COMPLETED or PARTIALLY_REFUNDED and has none recorded (no read-then-write race). Only a refused
 * write reads the order, to answer why: the same method recorded before is a repeat (200, the first record kept),
 * another is 409 PAYMENT_ALREADY_RECEIVED; a card order 409 NOT_PAID_ON_DELIVERY; any other status 409 NOT_COLLECTABLE.
 *
 * <p>With an Idempotency-Key (ADR 0085) the write is also refused when the key was used on this order before: a copy
 * of the request that arrives after someone undid what the first copy recorded must not record it again. It answers
 * the order as stored while the payment it recorded stands, else 409 PAYMENT_CHANGED naming the undo.
 */
public final class RecordPaymentReceived {

    static final String NOT_PAID_ON_DELIVERY = "NOT_PAID_ON_DELIVERY";
    static final String NOT_COLLECTABLE = "NOT_COLLECTABLE";
    static final String PAYMENT_ALREADY_RECEIVED = "PAYMENT_ALREADY_RECEIVED";
    static final int MAX_NOTE = 200;
    /** A refused write whose re-read finds the order collectable (it changed in between) is tried once more. */
    private static final int WRITES = 2;
    /** When an earlier record was made, as the store's people read it: their wall clock, the zone named. */
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrderRepository orders;
    private final RefundRepository refunds;
    private final Clock clock;
    private final ZoneId storeZone;

    /**
     * {@code refunds} (may be null) lists the order's refunds in the answer, as GET /orders/{id} does;
     * {@code storeZone} (the deployment's StoreTimeZone, ADR 0080) is the zone a refusal names an earlier record's time in.
     */
    public RecordPaymentReceived(OrderRepository orders, RefundRepository refunds, Clock clock, ZoneId storeZone) {
        this.orders = orders;
        this.refunds = refunds;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    public OrderView execute(String orderId, PaymentReceivedRequest request, String actor) {
        return execute(orderId, request, actor, null);
    }

    public OrderView execute(String orderId, PaymentReceivedRequest request, String actor, String idempotencyKey) {
        String id = OrderIds.require(orderId);
        PaymentReceipt receipt = validated(request, actor, idempotencyKey);
        Order order = null;
        for (int write = 0; write < WRITES && order == null; write++) {
            Optional<Order> recorded = orders.recordPaymentReceived(id, receipt, idempotencyKey);
            order = recorded.isPresent() ? recorded.get() : alreadyRecordedOrRefused(id, receipt, idempotencyKey);
        }
        if (order == null) {
            throw new ConflictException(NOT_COLLECTABLE, "The order changed while its payment was being recorded; try again.");
        }
        OrderView view = OrderViews.toView(order);
        return refunds == null ? view : OrderViews.withRefunds(view, refunds.find(id));
    }

    private PaymentReceipt validated(PaymentReceivedRequest request, String actor, String idempotencyKey) {
        if (request == null) {
            throw new ValidationFailedException("body", "is required");
        }
        List<FieldIssue> issues = new ArrayList<>();
        if (idempotencyKey != null && !IdempotencyKeys.wellFormed(idempotencyKey)) {
            issues.add(new FieldIssue("Idempotency-Key", IdempotencyKeys.KEY_RULE));
        }
        Optional<PaymentReceipt.Method> method = CollectionMethods.parse(request.method());
        if (method.isEmpty()) {
            issues.add(new FieldIssue("method", (request.method() == null ? "is required" : "is not a collection method")
                    + "; one of " + CollectionMethods.allowed()));
        }
        String note = request.note();
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE) {
            issues.add(new FieldIssue("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        return new PaymentReceipt(method.orElseThrow(), trimmed, actor, clock.instant());
    }

    /**
     * The write was refused: the order as stored when this request repeats the record already there; otherwise the
     * reason as an exception. Null when the order now looks collectable (it changed between the write and this read).
     */
    private Order alreadyRecordedOrRefused(String id, PaymentReceipt receipt, String idempotencyKey) {
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        PaymentReceipt recorded = order.paymentReceived();
        if (idempotencyKey != null && orders.paymentRequestSeen(id, idempotencyKey)) {
            if (recorded != null) {
                return order; // this request's record, or one made since: the payment it recorded stands
            }
            PaymentUndo undo = order.paymentUndone();
            throw new ConflictException(UndoPaymentReceived.PAYMENT_CHANGED, "This payment of order " + order.orderNumber()
                    + " was recorded" + (undo == null ? "" : ", then undone by " + undo.undoneBy() + " at "
                    + RECORDED_AT.format(undo.undoneAt().atZone(storeZone)) + " (" + storeZone.getId() + "): " + undo.reason())
                    + ". Nothing was recorded again; look at the order before recording it anew.");
        }
        if (recorded != null) {
            if (recorded.method() == receipt.method()) {
                return order;
            }
            throw new ConflictException(PAYMENT_ALREADY_RECEIVED, "The payment of order " + order.orderNumber()
                    + " was already recorded: " + recorded.method().words() + ", by " + recorded.recordedBy()
                    + " at " + RECORDED_AT.format(recorded.recordedAt().atZone(storeZone)) + " (" + storeZone.getId() + ").");
        }
        if (!order.paidOnDelivery()) {
            throw notPaidOnDelivery(order);
        }
        if (!PaymentReceipt.COLLECTABLE.contains(order.status())) {
            throw new ConflictException(NOT_COLLECTABLE, "No payment can be recorded for order " + order.orderNumber()
                    + " because " + whyNotCollectable(order.status()) + ".");
        }
        return null;
    }

    /** 409 NOT_PAID_ON_DELIVERY for an order paid by card (or whose token was erased): no payment is recorded on it. */
    static ConflictException notPaidOnDelivery(Order order) {
        return new ConflictException(NOT_PAID_ON_DELIVERY, "Order " + order.orderNumber()
                + (order.paymentToken() == null ? " has no payment on delivery on record" : " was paid by card when it was placed")
                + "; there is nothing to collect.");
    }

    private static String whyNotCollectable(OrderStatus status) {
        if (status == OrderStatus.REFUNDED) {
            return "it was refunded in full: everything was credited, so nothing is owed";
        }
        if (!status.isFinal()) {
            return "it is not completed yet; record the payment once it is";
        }
        return "it ended as " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", so nothing is owed";
    }
}
