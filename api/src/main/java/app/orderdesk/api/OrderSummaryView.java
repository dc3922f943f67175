package app.orderdesk.api;

import java.time.Instant;

/** One row of an order search: enough to recognise the order and open it with GET /orders/{id}. */
public record OrderSummaryView(
        String orderId,
        String orderNumber,
        OrderStatus status,
        String customerEmail,
        String customerName,
        long totalCents,
        String currency,
        Instant createdAt) {}
