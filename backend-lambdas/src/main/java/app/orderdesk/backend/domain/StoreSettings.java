package app.orderdesk.backend.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * The store as its receipts name it. Prices include tax at {@code taxRateBasisPoints} (1900 = 19 %):
 * the receipt shows the tax part of each total, so totals, charges and stock never depend on it.
 * {@code logo} is null when the store has none.
 */
public record StoreSettings(
        String name,
        String address,
        String phone,
        String email,
        String taxNumber,
        int taxRateBasisPoints,
        String currency,
        String locale,
        String timeZone,
        String receiptFooter,
        String updatedBy,
        Instant updatedAt,
        StoreLogo logo) {

    /** Without a logo. */
    public StoreSettings(String name, String address, String phone, String email, String taxNumber, int taxRateBasisPoints,
                         String currency, String locale, String timeZone, String receiptFooter, String updatedBy, Instant updatedAt) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, updatedBy,
                updatedAt, null);
    }

    /** What a store that never saved its settings gets. */
    public static final StoreSettings DEFAULTS = new StoreSettings("Order Desk store", "", "", "", "", 0, Money.USD, "en-US",
            "UTC", "Thank you for your order.", null, null);

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }

    /**
     * The tax contained in a tax-inclusive amount: total × rate / (1 + rate), rounded half-up to the
     * cent (the rounding most tax authorities ask for on a receipt total).
     */
    public Money taxIncludedIn(Money total) {
        if (taxRateBasisPoints == 0) {
            return Money.ofCents(0, total.currency());
        }
        BigDecimal cents = BigDecimal.valueOf(total.cents()).multiply(BigDecimal.valueOf(taxRateBasisPoints))
                .divide(BigDecimal.valueOf(10_000L + taxRateBasisPoints), 0, RoundingMode.HALF_UP);
        return Money.ofCents(cents.longValueExact(), total.currency());
    }

    /** The amount in its own currency, written the way the store's locale writes money ("45,00 €"). */
    public String format(Money amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(javaLocale());
        Currency currency = Currency.getInstance(amount.currency());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(amount.cents(), currency.getDefaultFractionDigits()));
    }

    /** "19 %" or "7.5 %". */
    public String taxRateText() {
        return BigDecimal.valueOf(taxRateBasisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }
}
