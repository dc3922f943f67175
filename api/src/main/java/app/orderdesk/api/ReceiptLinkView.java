package app.orderdesk.api;

import java.time.Instant;

/** A short-lived presigned URL to the order's PDF receipt. */
public record ReceiptLinkView(String orderId, String url, Instant expiresAt) {}
