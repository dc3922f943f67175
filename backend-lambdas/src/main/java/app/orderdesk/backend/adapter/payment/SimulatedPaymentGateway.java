package app.orderdesk.backend.adapter.payment;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.port.PaymentGateway;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A payment gateway that follows Stripe's public test tokens: {@code tok_visa}, {@code tok_mastercard}
 * and other {@code tok_*} succeed, {@code tok_chargeDeclined*} are declined, {@code tok_processingError}
 * always fails transiently. The payment id is derived from the idempotency key, so a repeated
 * charge returns the same payment.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

    private static final Map<String, String> DECLINES = Map.of(
            "tok_chargeDeclined", "Payment declined by the card issuer",
            "tok_chargeDeclinedInsufficientFunds", "Payment declined: insufficient funds",
            "tok_chargeDeclinedExpiredCard", "Payment declined: the card has expired",
            "tok_chargeDeclinedIncorrectCvc", "Payment declined: the security code is incorrect",
            "tok_chargeDeclinedFraudulent", "Payment declined by the card issuer",
            "tok_chargeDeclinedLostCard", "Payment declined: the card was reported lost",
            "tok_chargeDeclinedStolenCard", "Payment declined: the card was reported stolen");

    @Override
    public PaymentResult charge(String idempotencyKey, String paymentToken, Money amount) {
        if ("tok_processingError".equals(paymentToken)) {
            return new PaymentResult.Unavailable("The payment processor reported an error");
        }
        String decline = DECLINES.get(paymentToken);
        if (decline != null) {
            return new PaymentResult.Declined(decline);
        }
        if (paymentToken == null || !paymentToken.startsWith("tok_")) {
            return new PaymentResult.Declined("Payment declined: the card details were not accepted");
        }
        return new PaymentResult.Approved("pay_" + digest(idempotencyKey).substring(0, 24));
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required on every JVM", impossible);
        }
    }
}
