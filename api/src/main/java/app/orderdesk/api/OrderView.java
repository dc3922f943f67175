package app.orderdesk.api;

import java.time.Instant;
import java.util.List;

/** An order as the API shows it. {@code statusReason} says in plain words why it failed or was rejected. */
public record OrderView(
        String orderId,
        String orderNumber,
        OrderStatus status,
        String statusReason,
        CustomerDetails customer,
        List<OrderLineView> lines,
        long totalCents,
        String currency,
        String paymentId,
        boolean receiptAvailable,
        Instant createdAt,
        Instant updatedAt) {}
