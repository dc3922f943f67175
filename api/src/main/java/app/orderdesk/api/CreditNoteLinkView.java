package app.orderdesk.api;

import java.time.Instant;

/** A short-lived presigned URL to a refund's credit note PDF. */
public record CreditNoteLinkView(String orderId, String refundId, String url, Instant expiresAt) {}
