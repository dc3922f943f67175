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
        return new StockMovement(line.productId(), order.createdAt() + "#" + order.orderId(), SALE,
                -line.quantity(), null, null, order.orderId(), "workflow", order.orderNumber(), at);
    }
}
