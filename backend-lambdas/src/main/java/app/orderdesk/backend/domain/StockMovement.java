package app.orderdesk.backend.domain;

import java.time.Instant;

/**
 * One change to a product's stock, for the audit trail: {@code delta} is signed,
 * {@code before}/{@code after} are null when the change was not measured against the count.
 */
public record StockMovement(
        String productId,
        String movementId,
        String reason,
        long delta,
        Long before,
        Long after,
        String orderId,
        String actor,
        String note,
        Instant at) {

    public static final String SALE = "SALE";

    /** A sale committed by the workflow; the id is deterministic so a redelivered step writes nothing new. */
    public static StockMovement sale(Order order, OrderLine line, Instant at) {
        return sale(order.orderId(), order.orderNumber(), order.createdAt(), line.productId(), line.quantity(), at);
    }

    /** The same sale from the facts the workflow carries (no order record needed). */
    public static StockMovement sale(String orderId, String orderNumber, Instant orderCreatedAt, String productId, int quantity, Instant at) {
        return new StockMovement(productId, orderCreatedAt + "#" + orderId, SALE,
                -quantity, null, null, orderId, "workflow", orderNumber, at);
    }
}
