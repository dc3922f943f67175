package app.orderdesk.api;

import java.time.Instant;

/**
 * One change pushed to the desks over the WebSocket API: an order's status ({@code ORDER_STATUS},
 * with {@code orderId} and {@code status}) or a product's stock ({@code STOCK}, with {@code productId};
 * the desk reads the new level). {@code at} is when the change was written, so a desk can drop a late
 * duplicate or an out-of-order delivery.
 */
public record LiveUpdate(String type, String orderId, OrderStatus status, String productId, Instant at) {

    public static final String ORDER_STATUS = "ORDER_STATUS";
    public static final String STOCK = "STOCK";
    /** h-x: the store settings were saved (tax rates, money format): the desk reads them again. */
    public static final String SETTINGS = "SETTINGS";

    public static LiveUpdate orderStatus(String orderId, OrderStatus status, Instant at) {
        return new LiveUpdate(ORDER_STATUS, orderId, status, null, at);
    }

    public static LiveUpdate stock(String productId, Instant at) {
        return new LiveUpdate(STOCK, null, null, productId, at);
    }

    public static LiveUpdate settings(Instant at) {
        return new LiveUpdate(SETTINGS, null, null, null, at);
    }
}
