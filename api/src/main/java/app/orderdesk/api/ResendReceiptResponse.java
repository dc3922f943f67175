package app.orderdesk.api;

import java.time.Instant;

/** Answer of POST /orders/{id}/receipt/email: where the receipt was sent, and when. */
public record ResendReceiptResponse(String orderId, String sentTo, Instant sentAt) {}
