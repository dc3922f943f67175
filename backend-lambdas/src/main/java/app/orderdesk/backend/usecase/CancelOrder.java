package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.api.OrderView;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * POST /orders/{id}/cancel: cancels an order before payment. The conditional status move is the
 * commit point (it fails once ProcessPayment has claimed the order); then every reservation is released
 * (fenced and conditional, so exactly once). The workflow is EXPRESS, which cannot be stopped: an
 * execution still running finds the order CANCELLED at its next conditional write, and a reservation it
 * makes late is refused by the fence. Cancelling a cancelled order repeats the releases, so a retry after
 * a crash finishes the job.
 */
public final class CancelOrder {

    static final String NOT_CANCELLABLE = "NOT_CANCELLABLE";
    static final int MAX_REASON = 500;

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final Clock clock;
    private final RecordOrderOutcome outcomes;

    public CancelOrder(OrderRepository orders, InventoryRepository inventory, Clock clock) {
        this(orders, inventory, clock, null);
    }

    /** {@code outcomes} (may be null) counts the cancellation in the dashboard's daily totals. */
    public CancelOrder(OrderRepository orders, InventoryRepository inventory, Clock clock, RecordOrderOutcome outcomes) {
        this.outcomes = outcomes;
        this.orders = orders;
        this.inventory = inventory;
        this.clock = clock;
    }

    public OrderView execute(String orderId, String reason, String actor) {
        String id = OrderIds.require(orderId);
        if (reason != null && reason.length() > MAX_REASON) {
            throw new ValidationFailedException(List.of(new FieldIssue("reason", "must be at most " + MAX_REASON + " characters")));
        }
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        if (order.status() != OrderStatus.CANCELLED) {
            requireCancellable(order);
            if (!orders.cancel(id, statusReason(reason, actor), reasonCode(reason, actor), clock.instant())) {
                order = OrderLoader.reload(orders, order);
                if (order.status() != OrderStatus.CANCELLED) {
                    throw notCancellable(order, order.status() == OrderStatus.RESERVED
                            ? "its payment is already being processed" : null);
                }
            }
        }
        for (OrderLine line : order.lines()) {
            inventory.release(line.productId(), id);
        }
        if (outcomes != null) {
            outcomes.execute(id);
        }
        return OrderViews.toView(OrderLoader.reload(orders, order));
    }

    private static void requireCancellable(Order order) {
        if (order.isPaid() || order.status().hasReached(OrderStatus.PAID)) {
            throw notCancellable(order, "it is already paid; refund it instead");
        }
        if (order.status() != OrderStatus.RECEIVED && order.status() != OrderStatus.RESERVED) {
            throw notCancellable(order, null);
        }
    }

    private static ConflictException notCancellable(Order order, String why) {
        String because = why != null ? why
                : "it already ended as " + order.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new ConflictException(NOT_CANCELLABLE, "Order " + order.orderNumber()
                + " cannot be cancelled because " + because + ". Only orders not yet paid can be cancelled.");
    }

    private static ReasonCode reasonCode(String reason, String actor) {
        return ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", actor, "note", reason == null || reason.isBlank() ? null : reason.trim());
    }

    private static String statusReason(String reason, String actor) {
        String who = "Cancelled by " + actor;
        return reason == null || reason.isBlank() ? who : who + ": " + reason.trim();
    }
}
