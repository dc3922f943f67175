package app.orderdesk.api;

import java.time.Instant;

/**
 * One change to a product's stock: {@code delta} is signed; {@code before}/{@code after} are null for
 * sales (the workflow does not measure the count). {@code actor} is the user's email, or "workflow".
 */
public record StockMovementView(
        String productId,
        String movementId,
        String reason,
        long delta,
        Long before,
        Long after,
        String actor,
        String note,
        Instant at) {}
