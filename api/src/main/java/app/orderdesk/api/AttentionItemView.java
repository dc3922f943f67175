package app.orderdesk.api;

import java.time.Instant;

/**
 * An order that needs a person: {@code kind} is FAILED or FOLLOW_UP (paid, receipt or email not
 * delivered); {@code failedStep} is the workflow step that failed (null when unknown) and
 * {@code reason} the error in words.
 */
public record AttentionItemView(
        String orderId,
        String orderNumber,
        OrderStatus status,
        String kind,
        String failedStep,
        String reason,
        long totalCents,
        String currency,
        Instant createdAt) {}
