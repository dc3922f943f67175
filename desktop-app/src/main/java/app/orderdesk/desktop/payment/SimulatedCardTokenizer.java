package app.orderdesk.desktop.payment;

import app.orderdesk.desktop.ui.Messages;
import java.time.YearMonth;
import java.util.Map;

/**
 * The test gateway's tokeniser: the card brands' public test numbers (Stripe's list) become the test
 * tokens the backend's simulated gateway answers to — approved, declined for a reason, or a processing
 * error. Any other number is refused, as a provider in test mode refuses real cards. Nothing is kept.
 */
public final class SimulatedCardTokenizer implements CardTokenizer {

    private static final Map<String, String> TEST_NUMBERS = Map.ofEntries(
            Map.entry("4242424242424242", "tok_visa"),
            Map.entry("4000056655665556", "tok_visa_debit"),
            Map.entry("5555555555554444", "tok_mastercard"),
            Map.entry("5200828282828210", "tok_mastercard_debit"),
            Map.entry("378282246310005", "tok_amex"),
            Map.entry("6011111111111117", "tok_discover"),
            Map.entry("3566002020360505", "tok_jcb"),
            Map.entry("4000000000000002", "tok_chargeDeclined"),
            Map.entry("4000000000009995", "tok_chargeDeclinedInsufficientFunds"),
            Map.entry("4000000000009987", "tok_chargeDeclinedLostCard"),
            Map.entry("4000000000009979", "tok_chargeDeclinedStolenCard"),
            Map.entry("4000000000000069", "tok_chargeDeclinedExpiredCard"),
            Map.entry("4000000000000127", "tok_chargeDeclinedIncorrectCvc"),
            Map.entry("4100000000000019", "tok_chargeDeclinedFraudulent"),
            Map.entry("4000000000000119", "tok_processingError"));

    @Override
    public Result tokenize(String cardDigits, YearMonth expiry, String cvc) {
        String token = TEST_NUMBERS.get(cardDigits);
        if (token == null) {
            return new Refused(Messages.text("card.refused.notTestNumber"));
        }
        return new Token(token, CardBrand.of(cardDigits).displayName(), CardNumbers.lastFour(cardDigits));
    }
}
