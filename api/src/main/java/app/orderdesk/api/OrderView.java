package app.orderdesk.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order as the API shows it. {@code statusReason} says in plain words (English) why it failed or was rejected;
 * {@code statusReasonCode} is that reason's stable code and {@code statusReasonParams} its values (SKU, amounts in
 * cents, who…), for a desk to word in its own language. Orders written before codes existed have the text only.
 * {@code paymentMethod} says whether a card was charged or the order is paid on delivery (null from an API before it).
 * {@code paymentReceived} is set once someone recorded that the customer of an order paid on delivery paid (ADR 0071);
 * null while that is outstanding, and for card orders. {@code paymentUndone} is the last such record that was undone
 * because it was recorded by mistake (ADR 0072); null when none ever was.
 */
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
        List<RefundView> refunds,
        String statusReasonCode,
        Map<String, String> statusReasonParams,
        PaymentMethod paymentMethod,
        PaymentReceivedView paymentReceived,
        PaymentUndoneView paymentUndone) {

    public OrderView {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        statusReasonParams = statusReasonParams == null ? Map.of() : Map.copyOf(statusReasonParams);
    }

    /** An order whose payment on delivery was never undone (the form every order had before ADR 0072). */
    public OrderView(String orderId, String orderNumber, OrderStatus status, String statusReason, CustomerDetails customer,
                     List<OrderLineView> lines, long totalCents, String currency, String paymentId, boolean receiptAvailable,
                     Instant createdAt, Instant updatedAt, List<RefundView> refunds, String statusReasonCode,
                     Map<String, String> statusReasonParams, PaymentMethod paymentMethod, PaymentReceivedView paymentReceived) {
        this(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId, receiptAvailable,
                createdAt, updatedAt, refunds, statusReasonCode, statusReasonParams, paymentMethod, paymentReceived, null);
    }

    /** An order without a recorded payment on delivery (the form every order had before ADR 0071). */
    public OrderView(String orderId, String orderNumber, OrderStatus status, String statusReason, CustomerDetails customer,
                     List<OrderLineView> lines, long totalCents, String currency, String paymentId, boolean receiptAvailable,
                     Instant createdAt, Instant updatedAt, List<RefundView> refunds, String statusReasonCode,
                     Map<String, String> statusReasonParams, PaymentMethod paymentMethod) {
        this(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId, receiptAvailable,
                createdAt, updatedAt, refunds, statusReasonCode, statusReasonParams, paymentMethod, null, null);
    }

    /** An order without its payment method (the form every order had before the method was shown). */
    public OrderView(String orderId, String orderNumber, OrderStatus status, String statusReason, CustomerDetails customer,
                     List<OrderLineView> lines, long totalCents, String currency, String paymentId, boolean receiptAvailable,
                     Instant createdAt, Instant updatedAt, List<RefundView> refunds, String statusReasonCode,
                     Map<String, String> statusReasonParams) {
        this(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId, receiptAvailable,
                createdAt, updatedAt, refunds, statusReasonCode, statusReasonParams, null, null, null);
    }

    /** An order whose reason has no code (the form every order had before reason codes existed). */
    public OrderView(String orderId, String orderNumber, OrderStatus status, String statusReason, CustomerDetails customer,
                     List<OrderLineView> lines, long totalCents, String currency, String paymentId, boolean receiptAvailable,
                     Instant createdAt, Instant updatedAt, List<RefundView> refunds) {
        this(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId, receiptAvailable,
                createdAt, updatedAt, refunds, null, null);
    }

    /** The same order with {@code refunds}. */
    public OrderView withRefunds(List<RefundView> more) {
        return new OrderView(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId,
                receiptAvailable, createdAt, updatedAt, more, statusReasonCode, statusReasonParams, paymentMethod, paymentReceived,
                paymentUndone);
    }

    /** An order without refunds (the form every order had before refunds existed). */
    public OrderView(String orderId, String orderNumber, OrderStatus status, String statusReason, CustomerDetails customer,
                     List<OrderLineView> lines, long totalCents, String currency, String paymentId, boolean receiptAvailable,
                     Instant createdAt, Instant updatedAt) {
        this(orderId, orderNumber, status, statusReason, customer, lines, totalCents, currency, paymentId, receiptAvailable,
                createdAt, updatedAt, List.of(), null, null);
    }
}
