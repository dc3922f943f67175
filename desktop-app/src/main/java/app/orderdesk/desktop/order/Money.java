package app.orderdesk.desktop.order;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Formats amounts in minor units (cents) for display, in the store's currency and locale (from the
 * store settings, applied at sign-in and when a manager saves them); the API never sends floating-point money.
 */
public final class Money {

    private record StoreFormat(Locale locale, Currency currency) {}

    // Until the store's settings arrive: the stack's defaults (en-US, USD).
    private static volatile StoreFormat store = new StoreFormat(Locale.US, Currency.getInstance("USD"));

    private Money() {}

    /** An amount in the store's currency: prices, the order being typed, the day's figures. */
    public static String format(long cents) {
        return format(cents, null);
    }

    /**
     * An amount of an order or refund in the currency it was made in ({@code currencyCode}, as the API sends it with the
     * order), in the store's locale; null or a code the JDK does not know: the store's. An order placed before a manager
     * changed the store's currency showed its amounts with the new symbol (session 33's note).
     */
    public static String format(long cents, String currencyCode) {
        StoreFormat current = store;
        Currency currency = current.currency();
        if (currencyCode != null && !currencyCode.isBlank()) {
            try {
                currency = Currency.getInstance(currencyCode.strip());
            } catch (IllegalArgumentException unknown) {
                // the store's, as for an amount without one
            }
        }
        // A fresh instance per call: NumberFormat is not thread-safe and formatting is rare.
        NumberFormat format = NumberFormat.getCurrencyInstance(current.locale());
        format.setCurrency(currency);
        int digits = digitsOf(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(cents, digits));
    }

    /**
     * How many of the API's minor units make one unit of the store's currency, as a power of ten: 2 for dollars and
     * euros, 0 for yen, 3 for dinars — as the server writes receipts. The desk took 2 for every currency, so a yen
     * store's ¥1,250 showed as ¥12.50 and a price typed as 1250 was saved as 125,000 (status audit, session 33).
     */
    public static int fractionDigits() {
        return digitsOf(store.currency());
    }

    private static int digitsOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits; // pseudo-currencies (XAU, XXX) have none: as cents
    }

    /**
     * Formats from now on as the store says ("de-DE", "EUR" → 12,50 €). A tag or code the JDK does not
     * know leaves the format as it was: a wrong setting must not break every amount on screen.
     */
    public static void useStore(String localeTag, String currencyCode) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(localeTag).build();
            store = new StoreFormat(locale, Currency.getInstance(currencyCode));
        } catch (IllformedLocaleException | IllegalArgumentException | NullPointerException unknown) {
            // keep the format in use
        }
    }
}
