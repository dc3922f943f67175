package app.orderdesk.api;

import java.time.Instant;

/**
 * An order that needs a person: {@code kind} is FAILED (held after a failed step: retry it from that step or
 * cancel it), COMPENSATED (ended FAILED, its stock released and nothing charged: nothing to retry) or FOLLOW_UP
 * (paid, receipt or email not delivered); {@code failedStep} is the workflow step that failed (null when unknown) and
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
