package app.orderdesk.backend.adapter.payment;

import java.util.Map;
import java.util.Optional;

/**
 * What a card token means, following Stripe's public test tokens: {@code tok_visa},
 * {@code tok_mastercard} and other {@code tok_*} are approved, {@code tok_chargeDeclined*} are
 * declined, {@code tok_processingError} fails transiently (nothing is recorded, so a retry may pass).
 */
public final class StripeTestTokens {

    public static final String PROCESSING_ERROR = "tok_processingError";

    private static final Map<String, String> DECLINES = Map.of(
            "tok_chargeDeclined", "Payment declined by the card issuer",
            "tok_chargeDeclinedInsufficientFunds", "Payment declined: insufficient funds",
            "tok_chargeDeclinedExpiredCard", "Payment declined: the card has expired",
            "tok_chargeDeclinedIncorrectCvc", "Payment declined: the security code is incorrect",
            "tok_chargeDeclinedFraudulent", "Payment declined by the card issuer",
            "tok_chargeDeclinedLostCard", "Payment declined: the card was reported lost",
            "tok_chargeDeclinedStolenCard", "Payment declined: the card was reported stolen");

    /** The answer to a charge whose key was voided before the charge arrived. */
    public static final String VOIDED = "The payment was cancelled before it was taken";

    private StripeTestTokens() {}

    public static boolean isProcessingError(String token) {
        return PROCESSING_ERROR.equals(token);
    }

    /** Why the token is declined; empty when it is approved. */
    public static Optional<String> declineReason(String token) {
        String decline = DECLINES.get(token);
        if (decline != null) {
            return Optional.of(decline);
        }
        if (token == null || !token.startsWith("tok_")) {
            return Optional.of("Payment declined: the card details were not accepted");
        }
        return Optional.empty();
    }
}
