package app.orderdesk.backend.adapter.payment;

import app.orderdesk.backend.domain.ReceiptWords;
import java.util.Map;

/**
 * What a receipt may say about the card behind a token: brand and last four digits of the card
 * numbers Stripe's public test tokens stand for. Never more: the card number itself is never ours.
 */
public final class CardBrands {

    /** Brand and last four, e.g. ("Visa", "4242"); last four is empty when unknown. */
    public record Card(String brand, String lastFour) {
        public String describe() {
            return lastFour.isEmpty() ? brand : brand + " •••• " + lastFour;
        }
    }

    private static final Map<String, Card> TEST_TOKENS = Map.of(
            "tok_visa", new Card("Visa", "4242"),
            "tok_visa_debit", new Card("Visa Debit", "5556"),
            "tok_mastercard", new Card("Mastercard", "4444"),
            "tok_mastercard_debit", new Card("Mastercard Debit", "8210"),
            "tok_amex", new Card("American Express", "0005"),
            "tok_discover", new Card("Discover", "1117"),
            "tok_jcb", new Card("JCB", "0505"));

    /** The desk's "invoice / pay on delivery": no card, nothing to name but the way it will be paid. */
    public static final String PAY_ON_DELIVERY = app.orderdesk.backend.domain.Order.PAY_ON_DELIVERY_TOKEN;

    private CardBrands() {}

    /** The receipt's payment line: "Paid by Visa •••• 4242", or that it is paid on invoice / on delivery. */
    public static String paymentLine(String token) {
        return paymentLine(token, ReceiptWords.of(java.util.Locale.ENGLISH));
    }

    /** The payment line in the receipt's language ("Bezahlt mit Visa •••• 4242"). */
    public static String paymentLine(String token, ReceiptWords words) {
        if (PAY_ON_DELIVERY.equals(token)) {
            return words.text("receipt.payment.onDelivery");
        }
        Card card = TEST_TOKENS.get(token);
        return words.text("receipt.payment", card == null ? words.text("receipt.payment.unknownCard") : card.describe());
    }

    public static Card of(String token) {
        return TEST_TOKENS.getOrDefault(token, new Card("Card", ""));
    }
}
