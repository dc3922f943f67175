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
        Instant updatedAt,
        List<RefundView> refunds) {

    public OrderView {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /** An order without refunds (the form every order had before refunds existed). */
    public OrderView(String orderId, String orderNumber, OrderStatus status, String statusReason, CustomerDetails customer,
                     List<OrderLineView> lines, long totalCents, String currency, String paymentId, boolean receiptAvailable,
                     Instant createdAt, Instant updatedAt) {
        this(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId, receiptAvailable,
                createdAt, updatedAt, List.of());
    }
}
