package app.orderdesk.backend.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.port.PaymentGateway;
import app.orderdesk.backend.port.PaymentGateway.PaymentResult;
import app.orderdesk.backend.port.PaymentGateway.RefundResult;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} must do: run here against the in-memory fake, and by local-cloud's
 * {@code AdaptersHonourThePortContractsTest} against the production gateway on the payments ledger
 * table (dynalite), so the fake cannot drift from the ledger the reliability tests count charges in.
 */
public abstract class PaymentGatewayContract {

    protected abstract PaymentGateway gateway();

    private static String key() {
        return "order-" + UUID.randomUUID();
    }

    @Test
    void theSameKeyIsTheSameChargeNeverASecond() {
        String key = key();
        var first = gateway().charge(key, "tok_visa", Money.ofCents(1250));
        assertThat(first).isInstanceOf(PaymentResult.Approved.class);
        assertThat(gateway().charge(key, "tok_visa", Money.ofCents(1250))).isEqualTo(first);
        assertThat(gateway().charge(key(), "tok_visa", Money.ofCents(1250))).isNotEqualTo(first);
        var charge = gateway().find(key).orElseThrow();
        assertThat(charge.paymentId()).isEqualTo(((PaymentResult.Approved) first).paymentId());
        assertThat(charge.amount()).isEqualTo(Money.ofCents(1250));
        assertThat(charge.kept()).isEqualTo(Money.ofCents(1250));
    }

    @Test
    void stripeTestTokensKeepTheirMeaning() {
        assertThat(gateway().charge(key(), "tok_mastercard", Money.ofCents(100))).isInstanceOf(PaymentResult.Approved.class);
        assertThat(gateway().charge(key(), "tok_chargeDeclined", Money.ofCents(100)))
                .isEqualTo(new PaymentResult.Declined("Payment declined by the card issuer",
                        app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.PAYMENT_DECLINED_BY_ISSUER)));
        assertThat(gateway().charge(key(), "tok_chargeDeclinedInsufficientFunds", Money.ofCents(100)))
                .isEqualTo(new PaymentResult.Declined("Payment declined: insufficient funds",
                        app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.PAYMENT_DECLINED_INSUFFICIENT_FUNDS)));
        assertThat(gateway().charge(key(), "not-a-token", Money.ofCents(100))).isInstanceOf(PaymentResult.Declined.class);
        String transient_ = key();
        assertThat(gateway().charge(transient_, "tok_processingError", Money.ofCents(100))).isInstanceOf(PaymentResult.Unavailable.class);
        assertThat(gateway().find(transient_)).as("a processing error records nothing").isEmpty();
        assertThat(gateway().charge(transient_, "tok_visa", Money.ofCents(100))).as("so a retry can pass")
                .isInstanceOf(PaymentResult.Approved.class);
    }

    @Test
    void aDeclineIsRememberedForTheKey() {
        String key = key();
        var declined = gateway().charge(key, "tok_chargeDeclinedExpiredCard", Money.ofCents(100));
        assertThat(gateway().charge(key, "tok_visa", Money.ofCents(100))).isEqualTo(declined);
        assertThat(gateway().find(key)).isEmpty();
    }

    @Test
    void aReversalRefundsWhatWasChargedOnceAndNeverMore() {
        String key = key();
        var approved = (PaymentResult.Approved) gateway().charge(key, "tok_visa", Money.ofCents(4200));

        var first = gateway().reverse(key, "order failed");
        var second = gateway().reverse(key, "order failed");

        assertThat(first.paymentId()).isEqualTo(approved.paymentId());
        assertThat(first.refunded()).isEqualTo(Money.ofCents(4200));
        assertThat(second.refunded()).isEqualTo(Money.ofCents(4200));
        var charge = gateway().find(key).orElseThrow();
        assertThat(charge.refunded()).isEqualTo(charge.amount());
        assertThat(charge.kept().cents()).isZero();
    }

    @Test
    void aChargeArrivingAfterAReversalIsRefused() {
        String key = key();
        var reversal = gateway().reverse(key, "timed out");
        assertThat(reversal.paymentId()).isNull();
        assertThat(reversal.refundedSomething()).isFalse();

        assertThat(gateway().charge(key, "tok_visa", Money.ofCents(100)))
                .isEqualTo(new PaymentResult.Declined(StripeTestTokens.VOIDED,
                        app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.PAYMENT_VOIDED)));
        assertThat(gateway().find(key)).isEmpty();
    }

    @Test
    void aChargeRepeatedAfterARefundTakesNothingMore() {
        String key = key();
        gateway().charge(key, "tok_visa", Money.ofCents(700));
        gateway().reverse(key, "failed");

        assertThat(gateway().charge(key, "tok_visa", Money.ofCents(700))).isInstanceOf(PaymentResult.Declined.class);
        assertThat(gateway().find(key).orElseThrow().kept().cents()).isZero();
    }

    @Test
    void reversingADeclinedKeyRefundsNothing() {
        String key = key();
        gateway().charge(key, "tok_chargeDeclined", Money.ofCents(100));
        assertThat(gateway().reverse(key, "declined").refundedSomething()).isFalse();
    }

    @Test
    void refundsAreOncePerKeyAndNeverAboveTheCharge() {
        String key = key();
        gateway().charge(key, "tok_visa", Money.ofCents(1000));
        var first = gateway().refund(key + ":r1", key, Money.ofCents(600), "CUSTOMER_REQUEST");
        assertThat(first).isInstanceOf(RefundResult.Refunded.class);
        assertThat(gateway().refund(key + ":r1", key, Money.ofCents(600), "CUSTOMER_REQUEST")).as("same refund key: same refund")
                .isEqualTo(first);
        assertThat(gateway().find(key).orElseThrow().refunded()).isEqualTo(Money.ofCents(600));
        var tooMuch = gateway().refund(key + ":r2", key, Money.ofCents(401), "OTHER");
        assertThat(tooMuch).isInstanceOf(RefundResult.Refused.class);
        assertThat(((RefundResult.Refused) tooMuch).reason()).contains("$4.01").contains("$4.00");
        assertThat(gateway().refund(key + ":r1", key, Money.ofCents(100), "OTHER")).as("a key reused for another amount")
                .isInstanceOf(RefundResult.Refused.class);
        assertThat(gateway().refund(key + ":r3", key, Money.ofCents(400), "OTHER")).isInstanceOf(RefundResult.Refunded.class);
        assertThat(gateway().find(key).orElseThrow().kept()).isEqualTo(Money.ofCents(0));
        assertThat(gateway().refund(key() + ":r", "never-charged-" + UUID.randomUUID(), Money.ofCents(1), "OTHER"))
                .isInstanceOf(RefundResult.Refused.class);
    }
}
