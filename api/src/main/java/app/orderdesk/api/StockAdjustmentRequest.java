package app.orderdesk.api;

/**
 * Body of POST /inventory/{id}/adjustments: a signed, non-zero {@code delta} (-100000..100000), a
 * {@code reason} code (RECEIVED, COUNT, DAMAGED, THEFT_LOSS, RETURN_RESTOCK, CORRECTION) and an
 * optional {@code note} (at most 500 characters).
 */
public record StockAdjustmentRequest(Long delta, String reason, String note) {}
