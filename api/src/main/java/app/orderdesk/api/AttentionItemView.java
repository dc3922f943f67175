package app.orderdesk.api;

import java.time.Instant;

/**
 * An order that needs a person: {@code kind} is FAILED (held after a failed step: retry it from that step or
 * cancel it), COMPENSATED (ended FAILED, its stock released and nothing charged: nothing to retry) or FOLLOW_UP
 * (paid, receipt or email not delivered) or STOPPED (its workflow run stopped in flight again after the reconciler's
 * automatic retries: look at why first; {@code failedStep} is the step it stopped before); {@code failedStep} is the workflow step that failed (null when unknown) and
 * {@code reason} the error in words (English); {@code reasonCode} and {@code reasonParams} the reason's stable code and values
 * for a desk to word it in its own language (ADR 0039; null and empty for orders written before codes).
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
        Instant createdAt,
        String reasonCode,
        java.util.Map<String, String> reasonParams) {

    public AttentionItemView {
        reasonParams = reasonParams == null ? java.util.Map.of() : java.util.Map.copyOf(reasonParams);
    }

    /** An item whose reason has no code. */
    public AttentionItemView(String orderId, String orderNumber, OrderStatus status, String kind, String failedStep, String reason,
                             long totalCents, String currency, Instant createdAt) {
        this(orderId, orderNumber, status, kind, failedStep, reason, totalCents, currency, createdAt, null, null);
    }
}
