package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Money;
import java.util.Optional;

/**
 * A payment service provider as the workflow uses it. The idempotency key (the order id) makes a
 * repeated charge return the first result, never a second charge; the provider's ledger can be asked
 * what it holds for a key; and a reversal leaves the key holding no money, even when a charge sent
 * before it (by a task that timed out) arrives after it.
 */
public interface PaymentGateway {

    PaymentResult charge(String idempotencyKey, String paymentToken, Money amount);

    /** The charge the gateway holds for this key, if one was taken (refunded or not). */
    Optional<Charge> find(String idempotencyKey);

    /**
     * Gives back everything charged under the key (never more than was charged) and voids the key,
     * so a charge that arrives later is refused. Repeating it changes nothing.
     */
    Reversal reverse(String idempotencyKey, String reason);

    /**
     * Gives back {@code amount} of the charge taken under {@code chargeKey}, once per {@code refundKey}
     * (the same refund key again answers the first result), and never more than what is left of the
     * charge: a refund that would take the refunded total above the charge is refused.
     * (A default only so that test doubles of the charge path need not implement it.)
     */
    default RefundResult refund(String refundKey, String chargeKey, Money amount, String reason) {
        throw new UnsupportedOperationException("refund is not supported by " + getClass().getName());
    }

    /** How a refund ended. */
    sealed interface RefundResult {
        record Refunded(String gatewayRefundId) implements RefundResult {}

        /** Nothing was given back, e.g. above what is left of the charge, or no charge under the key. */
        record Refused(String reason) implements RefundResult {}
    }

    /** How a charge ended. */
    sealed interface PaymentResult {
        record Approved(String paymentId) implements PaymentResult {}

        /** {@code code} is the decline's stable code for desks in other languages (ADR 0039). */
        record Declined(String reason, ReasonCode code) implements PaymentResult {
            public Declined {
                code = code != null ? code : ReasonCode.of(ReasonCode.PAYMENT_DECLINED);
            }

            /** A decline the gateway gave no finer code for. */
            public Declined(String reason) {
                this(reason, null);
            }
        }

        /** The gateway failed before deciding; nothing was charged and it is safe to retry. */
        record Unavailable(String reason) implements PaymentResult {}
    }

    /** A charge in the gateway's ledger: what was taken and how much of it was given back. */
    record Charge(String paymentId, String idempotencyKey, Money amount, Money refunded) {
        public Money kept() {
            return Money.ofCents(amount.cents() - refunded.cents(), amount.currency());
        }
    }

    /** What a reversal did: {@code paymentId} null when nothing had been charged (the key is voided). */
    record Reversal(String paymentId, Money refunded) {
        public boolean refundedSomething() {
            return paymentId != null && refunded.cents() > 0;
        }
    }
}
