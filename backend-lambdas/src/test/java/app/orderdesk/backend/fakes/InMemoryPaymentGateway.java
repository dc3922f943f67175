package app.orderdesk.backend.fakes;

import app.orderdesk.backend.adapter.payment.StripeTestTokens;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.port.PaymentGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment gateway in memory, with the simulated provider's rules (idempotency records, charges,
 * refunds, voided keys); {@code PaymentGatewayContract} holds it and the DynamoDB ledger to the same behaviour.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    private record KeyRecord(String outcome, String paymentId, String declineReason) {}

    private final Map<String, KeyRecord> keys = new LinkedHashMap<>();
    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private int issued;
    /** Every charge call, as the provider's request log would show it. */
    public final List<String> chargeCalls = new ArrayList<>();

    @Override
    public synchronized PaymentResult charge(String idempotencyKey, String paymentToken, Money amount) {
        chargeCalls.add(idempotencyKey);
        if (StripeTestTokens.isProcessingError(paymentToken)) {
            return new PaymentResult.Unavailable("The payment processor reported an error");
        }
        KeyRecord record = keys.computeIfAbsent(idempotencyKey, k -> StripeTestTokens.declineReason(paymentToken)
                .map(reason -> new KeyRecord("DECLINED", null, reason))
                .orElseGet(() -> {
                    String id = "pay_mem_" + (++issued);
                    charges.put(id, new Charge(id, k, amount, Money.zero(amount.currency())));
                    return new KeyRecord("CHARGED", id, null);
                }));
        return switch (record.outcome()) {
            case "CHARGED" -> new PaymentResult.Approved(record.paymentId());
            case "DECLINED" -> new PaymentResult.Declined(record.declineReason(), StripeTestTokens.declineCode(record.declineReason()));
            default -> new PaymentResult.Declined(StripeTestTokens.VOIDED, StripeTestTokens.declineCode(StripeTestTokens.VOIDED));
        };
    }

    @Override
    public synchronized Optional<Charge> find(String idempotencyKey) {
        KeyRecord record = keys.get(idempotencyKey);
        return record == null || record.paymentId() == null ? Optional.empty() : Optional.of(charges.get(record.paymentId()));
    }

    @Override
    public synchronized Reversal reverse(String idempotencyKey, String reason) {
        KeyRecord record = keys.get(idempotencyKey);
        if (record == null) {
            keys.put(idempotencyKey, new KeyRecord("VOIDED", null, null));
            return new Reversal(null, Money.ofCents(0));
        }
        if (record.paymentId() == null) {
            return new Reversal(null, Money.ofCents(0));
        }
        Charge charge = charges.get(record.paymentId());
        Charge refunded = new Charge(charge.paymentId(), charge.idempotencyKey(), charge.amount(), charge.amount());
        charges.put(charge.paymentId(), refunded);
        keys.put(idempotencyKey, new KeyRecord("VOIDED", record.paymentId(), null));
        return new Reversal(charge.paymentId(), refunded.refunded());
    }

    private record RefundRecord(String gatewayRefundId, long amountCents, String refusal) {}

    private final Map<String, RefundRecord> refunds = new LinkedHashMap<>();

    @Override
    public synchronized RefundResult refund(String refundKey, String chargeKey, Money amount, String reason) {
        KeyRecord record = keys.get(chargeKey);
        if (record == null || record.paymentId() == null) {
            return new RefundResult.Refused("No charge was taken for this order");
        }
        RefundRecord seen = refunds.get(refundKey);
        if (seen != null) {
            if (seen.amountCents() != amount.cents()) {
                return new RefundResult.Refused("This refund key was already used for another amount");
            }
            return seen.refusal() == null ? new RefundResult.Refunded(seen.gatewayRefundId()) : new RefundResult.Refused(seen.refusal());
        }
        Charge charge = charges.get(record.paymentId());
        if (charge.refunded().cents() + amount.cents() > charge.amount().cents()) {
            String why = "A refund of " + amount.format() + " is more than what is left of the charge (" + charge.kept().format() + ")";
            refunds.put(refundKey, new RefundRecord(null, amount.cents(), why));
            return new RefundResult.Refused(why);
        }
        charges.put(charge.paymentId(), new Charge(charge.paymentId(), charge.idempotencyKey(), charge.amount(),
                Money.ofCents(charge.refunded().cents() + amount.cents(), charge.amount().currency())));
        String id = "re_mem_" + (refunds.size() + 1);
        refunds.put(refundKey, new RefundRecord(id, amount.cents(), null));
        return new RefundResult.Refunded(id);
    }

    /** Refunds the gateway applied (refused ones excluded). */
    public synchronized int appliedRefunds() {
        return (int) refunds.values().stream().filter(r -> r.refusal() == null).count();
    }

    /** Every charge taken under the key (a correct gateway has at most one). */
    public synchronized List<Charge> chargesFor(String idempotencyKey) {
        return charges.values().stream().filter(c -> c.idempotencyKey().equals(idempotencyKey)).toList();
    }
}
