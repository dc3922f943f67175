package app.orderdesk.api;

/**
 * POST /orders/{id}/payment-received/undo: the payment recorded for an order paid on delivery was recorded by mistake
 * (ADR 0072). {@code reason} (required, trimmed, 1 to 200 characters, no control characters) says why it is undone.
 */
public record UndoPaymentReceivedRequest(String reason) {}
