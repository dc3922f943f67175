package app.orderdesk.desktop.payment;

import java.time.YearMonth;

/**
 * The payment port on the desk's side: card details go to the payment provider, a token comes back,
 * and only the token travels on to our API (as with a provider's card element). Implementations must
 * neither keep nor log what they are given.
 */
public interface CardTokenizer {

    /** Turns the card into a single-use token, or says why the provider refused it. */
    Result tokenize(String cardDigits, YearMonth expiry, String cvc);

    /** What tokenising answered. */
    sealed interface Result {}

    /** The token and what may be shown of the card: brand and last four. */
    record Token(String token, String brand, String lastFour) implements Result {}

    /** The provider would not make a token, with a reason for people. */
    record Refused(String reason) implements Result {}
}
