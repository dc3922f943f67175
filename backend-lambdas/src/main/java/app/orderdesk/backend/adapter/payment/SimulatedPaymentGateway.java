package app.orderdesk.backend.adapter.payment;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.port.PaymentGateway;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The payment provider the stack ships until a real one is plugged in: it answers like Stripe's test
 * tokens ({@link StripeTestTokens}) and keeps a ledger as a provider does, in the payments ledger
 * table, so a double charge can be seen. Two kinds of item (no transactions needed):
 * <ul>
 *   <li>{@code key#<idempotencyKey>}: the provider's idempotency record — the outcome decided for the
 *       key ({@code CHARGED}, {@code DECLINED} or {@code VOIDED}) and the payment id it issued. Written
 *       once, conditionally, so a repeated charge finds it and returns the first answer.</li>
 *   <li>{@code charge#<paymentId>}: the money — amount, refunded amount, the key it was charged under.
 *       Its content follows from the key record, so whoever comes first (the charge, or a reversal
 *       racing it) writes it, once.</li>
 * </ul>
 * Refunds ({@link #refund}) are a third kind: {@code refund#<refundKey>}, written once, then applied to
 * the charge by one conditional write that raises {@code refundedCents} only while it stays within
 * {@code amountCents} and only if the charge has not yet counted this refund key ({@code refundKeys}).
 * A reversal that finds no key record writes one as {@code VOIDED}: a charge sent before it by a
 * task that timed out, arriving after it, is then declined instead of taking money from a failed order.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

    static final String KEY_PREFIX = "key#";
    static final String CHARGE_PREFIX = "charge#";
    static final String REFUND_PREFIX = "refund#";
    static final String APPLIED = "APPLIED";
    static final String REFUSED = "REFUSED";
    static final String CHARGED = "CHARGED";
    static final String DECLINED = "DECLINED";
    static final String VOIDED = "VOIDED";

    private final DynamoDbClient client;
    private final String tableName;
    private final Clock clock;

    public SimulatedPaymentGateway(DynamoDbClient client, String tableName, Clock clock) {
        this.client = client;
        this.tableName = tableName;
        this.clock = clock;
    }

    @Override
    public PaymentResult charge(String idempotencyKey, String paymentToken, Money amount) {
        if (StripeTestTokens.isProcessingError(paymentToken)) {
            // Like a provider's 5xx: nothing decided, nothing recorded, safe to retry with the same key.
            return new PaymentResult.Unavailable("The payment processor reported an error");
        }
        Optional<String> decline = StripeTestTokens.declineReason(paymentToken);
        Map<String, AttributeValue> record = new HashMap<>();
        record.put("pk", s(KEY_PREFIX + idempotencyKey));
        record.put("kind", s("IDEMPOTENCY_KEY"));
        record.put("key", s(idempotencyKey));
        record.put("outcome", s(decline.isPresent() ? DECLINED : CHARGED));
        record.put("amountCents", n(amount.cents()));
        record.put("currency", s(amount.currency()));
        record.put("createdAt", s(clock.instant().toString()));
        decline.ifPresent(reason -> record.put("declineReason", s(reason)));
        if (decline.isEmpty()) {
            record.put("paymentId", s("pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24)));
        }
        Map<String, AttributeValue> decided = record;
        try {
            AwsFailures.run("Payments ledger PutItem", () -> client.putItem(r -> r.tableName(tableName).item(record)
                    .conditionExpression("attribute_not_exists(pk)")));
        } catch (ConditionalCheckFailedException seenBefore) {
            decided = keyRecord(idempotencyKey).orElseThrow(() -> new IllegalStateException(
                    "payments ledger: the record of key " + idempotencyKey + " vanished"));
        }
        return switch (str(decided, "outcome")) {
            case CHARGED -> {
                writeChargeOnce(decided);
                yield new PaymentResult.Approved(str(decided, "paymentId"));
            }
            case DECLINED -> new PaymentResult.Declined(str(decided, "declineReason"), StripeTestTokens.declineCode(str(decided, "declineReason")));
            default -> new PaymentResult.Declined(StripeTestTokens.VOIDED, StripeTestTokens.declineCode(StripeTestTokens.VOIDED));
        };
    }

    @Override
    public Optional<Charge> find(String idempotencyKey) {
        return keyRecord(idempotencyKey)
                .filter(record -> record.containsKey("paymentId"))
                .map(record -> {
                    writeChargeOnce(record);
                    return toCharge(chargeItem(str(record, "paymentId")));
                });
    }

    @Override
    public Reversal reverse(String idempotencyKey, String reason) {
        String now = clock.instant().toString();
        Map<String, AttributeValue> voided = Map.of("pk", s(KEY_PREFIX + idempotencyKey), "kind", s("IDEMPOTENCY_KEY"),
                "key", s(idempotencyKey), "outcome", s(VOIDED), "createdAt", s(now), "voidedAt", s(now), "voidReason", s(reason));
        try {
            AwsFailures.run("Payments ledger PutItem", () -> client.putItem(r -> r.tableName(tableName).item(voided)
                    .conditionExpression("attribute_not_exists(pk)")));
            return new Reversal(null, Money.ofCents(0));
        } catch (ConditionalCheckFailedException decidedBefore) {
            // a charge (or a decline, or an earlier reversal) was recorded for the key: give back what it took
        }
        Map<String, AttributeValue> record = keyRecord(idempotencyKey).orElseThrow();
        if (!record.containsKey("paymentId")) {
            return new Reversal(null, Money.ofCents(0, str(record, "currency") == null ? Money.USD : str(record, "currency")));
        }
        String paymentId = str(record, "paymentId");
        writeChargeOnce(record);
        try {
            // Refund what is left, never more: the condition holds only while something is still kept.
            AwsFailures.run("Payments ledger UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                    .key(Map.of("pk", s(CHARGE_PREFIX + paymentId)))
                    .updateExpression("SET refundedCents = amountCents, refundedAt = :at, refundReason = :reason")
                    .conditionExpression("refundedCents < amountCents")
                    .expressionAttributeValues(Map.of(":at", s(now), ":reason", s(reason)))));
        } catch (ConditionalCheckFailedException alreadyRefunded) {
            // an earlier reversal gave it back
        }
        if (CHARGED.equals(str(record, "outcome"))) {
            // Later charges under the key are now refused rather than answered with the refunded payment.
            AwsFailures.run("Payments ledger UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                    .key(Map.of("pk", s(KEY_PREFIX + idempotencyKey)))
                    .updateExpression("SET outcome = :voided, voidedAt = if_not_exists(voidedAt, :at), voidReason = if_not_exists(voidReason, :reason)")
                    .expressionAttributeValues(Map.of(":voided", s(VOIDED), ":at", s(now), ":reason", s(reason)))));
        }
        Charge charge = toCharge(chargeItem(paymentId));
        return new Reversal(paymentId, charge.refunded());
    }

    @Override
    public RefundResult refund(String refundKey, String chargeKey, Money amount, String reason) {
        Optional<Map<String, AttributeValue>> charged = keyRecord(chargeKey).filter(record -> record.containsKey("paymentId"));
        if (charged.isEmpty()) {
            return new RefundResult.Refused("No charge was taken for this order");
        }
        String paymentId = str(charged.get(), "paymentId");
        writeChargeOnce(charged.get());
        String now = clock.instant().toString();
        Map<String, AttributeValue> record = new HashMap<>();
        record.put("pk", s(REFUND_PREFIX + refundKey));
        record.put("kind", s("REFUND"));
        record.put("refundKey", s(refundKey));
        record.put("idempotencyKey", s(chargeKey));
        record.put("paymentId", s(paymentId));
        record.put("gatewayRefundId", s("re_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24)));
        record.put("amountCents", n(amount.cents()));
        record.put("currency", s(amount.currency()));
        record.put("state", s("PENDING"));
        record.put("reason", s(reason));
        record.put("createdAt", s(now));
        Map<String, AttributeValue> refund = record;
        try {
            AwsFailures.run("Payments ledger PutItem", () -> client.putItem(r -> r.tableName(tableName).item(record)
                    .conditionExpression("attribute_not_exists(pk)")));
        } catch (ConditionalCheckFailedException seenBefore) {
            refund = refundItem(refundKey);
            if (Long.parseLong(refund.get("amountCents").n()) != amount.cents()) {
                return new RefundResult.Refused("This refund key was already used for another amount");
            }
            if (REFUSED.equals(str(refund, "state"))) {
                return new RefundResult.Refused(str(refund, "refusal"));
            }
        }
        String gatewayRefundId = str(refund, "gatewayRefundId");
        Charge charge = toCharge(chargeItem(paymentId));
        try {
            // Never more than was charged, and each refund key counted once, in the same write.
            AwsFailures.run("Payments ledger UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                    .key(Map.of("pk", s(CHARGE_PREFIX + paymentId)))
                    .updateExpression("SET refundedCents = refundedCents + :amount, refundedAt = :at ADD refundKeys :keys")
                    .conditionExpression("refundedCents <= :most AND NOT contains(refundKeys, :key)")
                    .expressionAttributeValues(Map.of(":amount", n(amount.cents()), ":at", s(now),
                            ":keys", AttributeValue.fromSs(java.util.List.of(refundKey)), ":key", s(refundKey),
                            ":most", n(charge.amount().cents() - amount.cents())))));
        } catch (ConditionalCheckFailedException refusedOrCounted) {
            Map<String, AttributeValue> now2 = chargeItem(paymentId);
            boolean counted = now2.containsKey("refundKeys") && now2.get("refundKeys").ss().contains(refundKey);
            if (!counted) {
                Charge latest = toCharge(now2);
                String why = "A refund of " + amount.format() + " is more than what is left of the charge ("
                        + latest.kept().format() + ")";
                AwsFailures.run("Payments ledger UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                        .key(Map.of("pk", s(REFUND_PREFIX + refundKey)))
                        .updateExpression("SET #state = :refused, refusal = :why")
                        .conditionExpression("#state = :pending")
                        .expressionAttributeNames(Map.of("#state", "state"))
                        .expressionAttributeValues(Map.of(":refused", s(REFUSED), ":why", s(why), ":pending", s("PENDING")))));
                return new RefundResult.Refused(why);
            }
        }
        AwsFailures.run("Payments ledger UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(REFUND_PREFIX + refundKey)))
                .updateExpression("SET #state = :applied, appliedAt = if_not_exists(appliedAt, :at)")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":applied", s(APPLIED), ":at", s(now)))));
        return new RefundResult.Refunded(gatewayRefundId);
    }

    private Map<String, AttributeValue> refundItem(String refundKey) {
        var item = AwsFailures.call("Payments ledger GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(REFUND_PREFIX + refundKey))).consistentRead(true))).item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("payments ledger: the record of refund " + refundKey + " vanished");
        }
        return item;
    }

    private Optional<Map<String, AttributeValue>> keyRecord(String idempotencyKey) {
        var item = AwsFailures.call("Payments ledger GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(KEY_PREFIX + idempotencyKey))).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private Map<String, AttributeValue> chargeItem(String paymentId) {
        var item = AwsFailures.call("Payments ledger GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(CHARGE_PREFIX + paymentId))).consistentRead(true))).item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("payments ledger: no charge " + paymentId);
        }
        return item;
    }

    /** The charge a key record issued; written by whoever needs it first, exactly once. */
    private void writeChargeOnce(Map<String, AttributeValue> keyRecord) {
        String paymentId = str(keyRecord, "paymentId");
        Map<String, AttributeValue> charge = Map.of("pk", s(CHARGE_PREFIX + paymentId), "kind", s("CHARGE"),
                "paymentId", s(paymentId), "idempotencyKey", keyRecord.get("key"),
                "amountCents", keyRecord.get("amountCents"), "currency", keyRecord.get("currency"),
                "refundedCents", n(0), "chargedAt", keyRecord.get("createdAt"));
        try {
            AwsFailures.run("Payments ledger PutItem", () -> client.putItem(r -> r.tableName(tableName).item(charge)
                    .conditionExpression("attribute_not_exists(pk)")));
        } catch (ConditionalCheckFailedException alreadyWritten) {
            // the charge exists: this is the same charge, not a second one
        }
    }

    private static Charge toCharge(Map<String, AttributeValue> item) {
        String currency = str(item, "currency");
        return new Charge(str(item, "paymentId"), str(item, "idempotencyKey"),
                Money.ofCents(Long.parseLong(item.get("amountCents").n()), currency),
                Money.ofCents(Long.parseLong(item.get("refundedCents").n()), currency));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
