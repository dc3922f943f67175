package app.orderdesk.backend.adapter.payment;

import app.orderdesk.backend.domain.ReasonCode;
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

    private static final Map<String, String> CODES = Map.of(
            "Payment declined by the card issuer", ReasonCode.PAYMENT_DECLINED_BY_ISSUER,
            "Payment declined: insufficient funds", ReasonCode.PAYMENT_DECLINED_INSUFFICIENT_FUNDS,
            "Payment declined: the card has expired", ReasonCode.PAYMENT_DECLINED_EXPIRED_CARD,
            "Payment declined: the security code is incorrect", ReasonCode.PAYMENT_DECLINED_INCORRECT_CVC,
            "Payment declined: the card was reported lost", ReasonCode.PAYMENT_DECLINED_LOST_CARD,
            "Payment declined: the card was reported stolen", ReasonCode.PAYMENT_DECLINED_STOLEN_CARD,
            "Payment declined: the card details were not accepted", ReasonCode.PAYMENT_DECLINED_CARD_NOT_ACCEPTED,
            "The payment was cancelled before it was taken", ReasonCode.PAYMENT_VOIDED);

    /** The answer to a charge whose key was voided before the charge arrived. */
    public static final String VOIDED = "The payment was cancelled before it was taken";

    private StripeTestTokens() {}

    /**
     * The code of a decline reason this class wrote. The ledger keeps the reason's text (records written before
     * codes existed have only that), so the code is found from it; an unknown text is a plain decline.
     */
    public static ReasonCode declineCode(String reason) {
        return ReasonCode.of(CODES.getOrDefault(reason, ReasonCode.PAYMENT_DECLINED));
    }

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
