package app.orderdesk.localcloud.reliability;

import app.orderdesk.backend.adapter.payment.SimulatedPaymentGateway;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.orderdesk.localcloud.reliability.Reliability.attr;

/**
 * Charges counted where a payment provider keeps them: the simulated gateway's ledger table
 * ({@code PaymentsLedgerTable}), read whole (consistent scan), never the order's {@code paymentId}.
 * A gateway that charged twice leaves two {@code charge#} items under one idempotency key.
 */
final class PaymentsLedger {

    /** Final statuses that must keep no money. */
    static final Set<String> UNSUCCESSFUL = Set.of("FAILED", "REJECTED", "PAYMENT_DECLINED", "CANCELLED");

    /** One {@code charge#} item: the money taken under an idempotency key (the order id) and what was given back. */
    record Charge(String paymentId, String orderId, long amountCents, long refundedCents) {
        long keptCents() {
            return amountCents - refundedCents;
        }
    }

    private final Reliability r;

    PaymentsLedger(Reliability r) {
        this.r = r;
    }

    /** The production gateway on the ledger, as a client outside the workflow (a late charge, a test) reaches it. */
    SimulatedPaymentGateway gateway() {
        return new SimulatedPaymentGateway(r.dynamoDb, r.cloud.tableName("PaymentsLedgerTable"), Clock.systemUTC());
    }

    /** Every charge in the ledger. */
    List<Charge> charges() {
        List<Charge> charges = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = r.dynamoDb.scan(q -> q.tableName(r.cloud.tableName("PaymentsLedgerTable")).consistentRead(true)
                    .filterExpression("kind = :charge").expressionAttributeValues(Map.of(":charge", AttributeValue.fromS("CHARGE")))
                    .exclusiveStartKey(from));
            for (var item : page.items()) {
                charges.add(new Charge(attr(item, "paymentId"), attr(item, "idempotencyKey"),
                        Long.parseLong(attr(item, "amountCents")), Long.parseLong(attr(item, "refundedCents"))));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return charges;
    }

    /** One {@code refund#} item: a refund under its own key, of the charge taken under {@code orderId}. */
    record RefundEntry(String refundKey, String orderId, String paymentId, long amountCents, String state) {}

    /** Every refund item in the ledger (applied, refused or still pending). */
    List<RefundEntry> refunds() {
        List<RefundEntry> refunds = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = r.dynamoDb.scan(q -> q.tableName(r.cloud.tableName("PaymentsLedgerTable")).consistentRead(true)
                    .filterExpression("kind = :refund").expressionAttributeValues(Map.of(":refund", AttributeValue.fromS("REFUND")))
                    .exclusiveStartKey(from));
            for (var item : page.items()) {
                refunds.add(new RefundEntry(attr(item, "refundKey"), attr(item, "idempotencyKey"), attr(item, "paymentId"),
                        Long.parseLong(attr(item, "amountCents")), attr(item, "state")));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return refunds;
    }

    /** The applied refunds of one order, as the ledger holds them. */
    List<RefundEntry> appliedRefundsOf(String orderId) {
        return refunds().stream().filter(e -> e.orderId().equals(orderId) && "APPLIED".equals(e.state())).toList();
    }

    /** Order id → its charges (orders with none are absent). */
    Map<String, List<Charge>> chargesOf(Collection<String> orderIds) {
        Set<String> wanted = new HashSet<>(orderIds);
        return charges().stream().filter(c -> wanted.contains(c.orderId())).collect(Collectors.groupingBy(Charge::orderId));
    }

    List<Charge> chargesOf(String orderId) {
        return chargesOf(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** Orders charged more than once, with their charge count. */
    static Map<String, Integer> doubles(Map<String, List<Charge>> charges) {
        return charges.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }

    /**
     * "Charges on FAILED/REJECTED/DECLINED orders = 0": every order among {@code orderIds} whose final
     * status is unsuccessful and that still keeps money in the ledger, as {@code "<id> <status> kept <cents>"}.
     * Empty when none does. Reusable by any test that ends orders unsuccessfully (timeouts, faults, freezes).
     */
    List<String> chargesKeptByUnsuccessfulOrders(Collection<String> orderIds) {
        Map<String, List<Charge>> charges = chargesOf(orderIds);
        List<String> offenders = new ArrayList<>();
        charges.forEach((orderId, list) -> {
            long kept = list.stream().mapToLong(Charge::keptCents).sum();
            String status = attr(r.orderItem(orderId), "status");
            if (kept != 0 && UNSUCCESSFUL.contains(status)) {
                offenders.add(orderId + " " + status + " kept " + kept);
            }
        });
        return offenders;
    }

    /** Σ charged − Σ refunded over the orders, in cents. */
    long keptCents(Collection<String> orderIds) {
        return chargesOf(orderIds).values().stream().flatMap(List::stream).mapToLong(Charge::keptCents).sum();
    }
}
