package app.orderdesk.backend.usecase;

import app.orderdesk.api.OrderView;
import app.orderdesk.api.UndoPaymentReceivedRequest;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * POST /orders/{id}/payment-received/undo (ADR 0072): the payment recorded for an order paid on delivery was recorded
 * by mistake. The write comes first and is the whole check: ONE conditional write moves the record to the order's
 * last undo only while a payment is recorded. Only a refused write reads the order, to answer why: an order whose
 * payment was undone already is a repeat (200, as stored); a card order 409 NOT_PAID_ON_DELIVERY; an order with no
 * payment ever recorded 409 NO_PAYMENT_RECORDED. Afterwards the payment may be recorded again (ADR 0071).
 *
 * <p>With an Idempotency-Key (ADR 0085) the write is also refused when the key was used on this order before: a copy
 * of the undo that arrives after the payment was recorded again must not undo the new record. It answers the order
 * as stored while no payment is recorded, else 409 PAYMENT_CHANGED naming the new record.
 */
public final class UndoPaymentReceived {

    static final String NO_PAYMENT_RECORDED = "NO_PAYMENT_RECORDED";
    static final String PAYMENT_CHANGED = "PAYMENT_CHANGED";
    static final int MAX_REASON = 200;
    /** A refused write whose re-read finds a payment recorded (it was recorded in between) is tried once more. */
    private static final int WRITES = 2;

    private final OrderRepository orders;
    private final RefundRepository refunds;
    private final Clock clock;

    /** {@code refunds} (may be null) lists the order's refunds in the answer, as GET /orders/{id} does. */
    public UndoPaymentReceived(OrderRepository orders, RefundRepository refunds, Clock clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.clock = clock;
    }

    public OrderView execute(String orderId, UndoPaymentReceivedRequest request, String actor) {
        return execute(orderId, request, actor, null);
    }

    public OrderView execute(String orderId, UndoPaymentReceivedRequest request, String actor, String idempotencyKey) {
        String id = OrderIds.require(orderId);
        String reason = validatedReason(request);
        if (idempotencyKey != null && !IdempotencyKeys.wellFormed(idempotencyKey)) {
            throw new ValidationFailedException("Idempotency-Key", IdempotencyKeys.KEY_RULE);
        }
        Instant at = clock.instant();
        Order order = null;
        for (int write = 0; write < WRITES && order == null; write++) {
            Optional<Order> undone = orders.undoPaymentReceived(id, actor, at, reason, idempotencyKey);
            order = undone.isPresent() ? undone.get() : alreadyUndoneOrRefused(id, idempotencyKey);
        }
        if (order == null) {
            // recorded, undone and recorded again by others while this request ran: let the caller look again
            throw new ConflictException(PAYMENT_CHANGED, "The payment of the order changed while it was being undone; try again.");
        }
        OrderView view = OrderViews.toView(order);
        return refunds == null ? view : OrderViews.withRefunds(view, refunds.find(id));
    }

    private static String validatedReason(UndoPaymentReceivedRequest request) {
        if (request == null) {
            throw new ValidationFailedException("body", "is required");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw new ValidationFailedException("reason", "is required");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new ValidationFailedException("reason", "must be at most " + MAX_REASON + " characters");
        }
        if (reason.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationFailedException("reason", "must not contain control characters");
        }
        return reason;
    }

    /**
     * The write was refused: the order as stored when its payment is undone already (the state asked for holds);
     * otherwise the reason as an exception. Null when a payment is recorded now (recorded between the write and this read).
     */
    private Order alreadyUndoneOrRefused(String id, String idempotencyKey) {
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        if (idempotencyKey != null && orders.paymentRequestSeen(id, idempotencyKey)) {
            PaymentReceipt recordedSince = order.paymentReceived();
            if (recordedSince == null) {
                return order; // undone, as this request asked
            }
            throw new ConflictException(PAYMENT_CHANGED, "This undo of order " + order.orderNumber() + " went through before;"
                    + " since then the payment was recorded again (" + recordedSince.method().words() + ", by "
                    + recordedSince.recordedBy() + "). Nothing was undone now; look at the order before undoing it.");
        }
        if (order.paymentReceived() != null) {
            return null;
        }
        if (order.paymentUndone() != null) {
            return order;
        }
        if (!order.paidOnDelivery()) {
            throw RecordPaymentReceived.notPaidOnDelivery(order);
        }
        throw new ConflictException(NO_PAYMENT_RECORDED, "No payment has been recorded for order " + order.orderNumber()
                + "; there is nothing to undo.");
    }
}
