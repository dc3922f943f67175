package app.orderdesk.backend.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as stored in the Orders table; the record is the source of truth every workflow step
 * reads before acting. {@code paymentReceived}: for an order paid on delivery, that its customer paid (ADR 0071);
 * null while outstanding, and for card orders. {@code paymentUndone}: the last such record undone because it was
 * recorded by mistake (ADR 0072); null when none ever was.
 */
public record Order(
        String orderId,
        String orderNumber,
        Customer customer,
        List<OrderLine> lines,
        Money total,
        OrderStatus status,
        String statusReason,
        String idempotencyKey,
        String paymentToken,
        String paymentId,
        String receiptKey,
        Instant emailSentAt,
        Instant acceptedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        ReasonCode statusReasonCode,
        PaymentReceipt paymentReceived,
        PaymentUndo paymentUndone) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    /** An order without a recorded payment on delivery (every order before ADR 0071, and card orders). */
    public Order(String orderId, String orderNumber, Customer customer, List<OrderLine> lines, Money total,
                 OrderStatus status, String statusReason, String idempotencyKey, String paymentToken, String paymentId,
                 String receiptKey, Instant emailSentAt, Instant acceptedAt, Instant createdAt, Instant updatedAt, long version,
                 ReasonCode statusReasonCode) {
        this(orderId, orderNumber, customer, lines, total, status, statusReason, idempotencyKey, paymentToken, paymentId,
                receiptKey, emailSentAt, acceptedAt, createdAt, updatedAt, version, statusReasonCode, null, null);
    }

    /** An order whose reason has no code (records written before reason codes existed). */
    public Order(String orderId, String orderNumber, Customer customer, List<OrderLine> lines, Money total,
                 OrderStatus status, String statusReason, String idempotencyKey, String paymentToken, String paymentId,
                 String receiptKey, Instant emailSentAt, Instant acceptedAt, Instant createdAt, Instant updatedAt, long version) {
        this(orderId, orderNumber, customer, lines, total, status, statusReason, idempotencyKey, paymentToken, paymentId,
                receiptKey, emailSentAt, acceptedAt, createdAt, updatedAt, version, null);
    }

    /** A new order in RECEIVED; the total is the sum of its lines, so it can never disagree with them. */
    public static Order place(String orderId, String orderNumber, Customer customer, List<OrderLine> lines,
                              String idempotencyKey, String paymentToken, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        Money total = Money.zero(lines.getFirst().unitPrice().currency());
        for (OrderLine line : lines) {
            total = total.plus(line.lineTotal());
        }
        return new Order(orderId, orderNumber, customer, lines, total, OrderStatus.RECEIVED, null,
                idempotencyKey, paymentToken, null, null, null, null, now, now, 1);
    }

    /** The desk's "invoice / pay on delivery" token (ADR 0025): the workflow records the order payable, no card. */
    public static final String PAY_ON_DELIVERY_TOKEN = "tok_payOnDelivery";

    public boolean isPaid() {
        return paymentId != null;
    }

    /** True when the customer pays on invoice / on delivery rather than by the card behind the token. */
    public boolean paidOnDelivery() {
        return PAY_ON_DELIVERY_TOKEN.equals(paymentToken);
    }
}
