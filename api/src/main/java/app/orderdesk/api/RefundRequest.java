package app.orderdesk.api;

import java.util.List;

/**
 * POST /orders/{id}/refunds: either {@code lines} (per SKU and quantity, restock per line) or
 * {@code full: true} with one {@code restock} for everything not refunded yet; a {@code reason} code
 * ({@link RefundReasons}) and an optional note.
 */
public record RefundRequest(List<RefundLineRequest> lines, Boolean full, Boolean restock, String reason, String note) {}
