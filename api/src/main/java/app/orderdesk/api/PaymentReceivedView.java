package app.orderdesk.api;

import java.time.Instant;

/** The payment of an order paid on invoice / on delivery, as recorded by {@code recordedBy} (ADR 0071). */
public record PaymentReceivedView(CollectionMethod method, String note, String recordedBy, Instant recordedAt) {}
