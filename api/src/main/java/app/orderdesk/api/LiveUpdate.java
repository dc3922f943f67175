package app.orderdesk.api;

import java.time.Instant;
import java.util.List;

/**
 * One change pushed to the desks over the WebSocket API: an order's status ({@code ORDER_STATUS},
 * with {@code orderId} and {@code status}) or a product's stock ({@code STOCK}, with {@code productId};
 * the desk reads the new level). {@code at} is when the change was written, so a desk can drop a late
 * duplicate or an out-of-order delivery.
 *
 * <p>An order's change carries what the desk shows (issue 11), so it need not read the order again: the
 * order's {@code updatedAt}, the {@code statusReason}, the timeline {@code steps} this write appended, and
 * {@code receiptAvailable}; the reason's code and values ({@code statusReasonCode}, {@code statusReasonParams}) for the
 * desk to word it in its language, as the order read carries them. A COMPLETED change whose receipt exists
 * also carries a presigned GET URL of the receipt PDF ({@code receiptUrl}) and when it stops working
 * ({@code receiptUrlExpiresAt}), so the desk downloads the receipt without asking for a link (ADR 0053);
 * both are null on every other change (older desks ignore them). A push without {@code updatedAt} is bare (only the status, as older servers
 * sent it, or a change made elsewhere such as a refund): the desk reads the order to learn the rest.
 * Never payment or customer contact data: every desk following the order receives it.
 */
public record LiveUpdate(String type, String orderId, OrderStatus status, String productId, Instant at,
                         String statusReason, Instant updatedAt, List<TimelineStep> steps, Boolean receiptAvailable,
                         String statusReasonCode, java.util.Map<String, String> statusReasonParams,
                         String receiptUrl, Instant receiptUrlExpiresAt) {

    public static final String ORDER_STATUS = "ORDER_STATUS";
    public static final String STOCK = "STOCK";
    /** h-x: the store settings were saved (tax rates, money format): the desk reads them again. */
    public static final String SETTINGS = "SETTINGS";

    public LiveUpdate {
        steps = steps == null ? List.of() : List.copyOf(steps);
        statusReasonParams = statusReasonParams == null ? java.util.Map.of() : java.util.Map.copyOf(statusReasonParams);
    }

    /** A change without a receipt link. */
    public LiveUpdate(String type, String orderId, OrderStatus status, String productId, Instant at,
                      String statusReason, Instant updatedAt, List<TimelineStep> steps, Boolean receiptAvailable,
                      String statusReasonCode, java.util.Map<String, String> statusReasonParams) {
        this(type, orderId, status, productId, at, statusReason, updatedAt, steps, receiptAvailable, statusReasonCode,
                statusReasonParams, null, null);
    }

    /** A change whose reason has no code. */
    public LiveUpdate(String type, String orderId, OrderStatus status, String productId, Instant at,
                      String statusReason, Instant updatedAt, List<TimelineStep> steps, Boolean receiptAvailable) {
        this(type, orderId, status, productId, at, statusReason, updatedAt, steps, receiptAvailable, null, null);
    }

    /** A bare update (no order details): a stock change, a subscription answer, or an older server's status. */
    public LiveUpdate(String type, String orderId, OrderStatus status, String productId, Instant at) {
        this(type, orderId, status, productId, at, null, null, List.of(), null);
    }

    public static LiveUpdate orderStatus(String orderId, OrderStatus status, Instant at) {
        return new LiveUpdate(ORDER_STATUS, orderId, status, null, at);
    }

    /** An order's change as the desk shows it. */
    public static LiveUpdate orderChanged(String orderId, OrderStatus status, String statusReason, Instant updatedAt,
                                          List<TimelineStep> steps, boolean receiptAvailable) {
        return new LiveUpdate(ORDER_STATUS, orderId, status, null, updatedAt, statusReason, updatedAt, steps, receiptAvailable);
    }

    public static LiveUpdate stock(String productId, Instant at) {
        return new LiveUpdate(STOCK, null, null, productId, at);
    }

    /** True when this update carries the order's change whole (a desk may show it without a read). */
    public boolean carriesChange() {
        return ORDER_STATUS.equals(type) && status != null && updatedAt != null;
    }

    public static LiveUpdate settings(Instant at) {
        return new LiveUpdate(SETTINGS, null, null, null, at);
    }
}
