package app.orderdesk.api;

import java.time.Instant;

/**
 * The last payment of an order paid on delivery that was undone (ADR 0072): the record as it was ({@code method},
 * {@code note}, {@code recordedBy}, {@code recordedAt}), who undid it, when, and why.
 */
public record PaymentUndoneView(CollectionMethod method, String note, String recordedBy, Instant recordedAt,
                                String undoneBy, Instant undoneAt, String reason) {}
