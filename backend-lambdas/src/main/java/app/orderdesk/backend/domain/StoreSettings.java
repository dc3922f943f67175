package app.orderdesk.backend.domain;

import app.orderdesk.pricing.OrderTotals;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The store as its receipts name it. Prices include tax at {@code taxRateBasisPoints} (1900 = 19 %):
 * the receipt shows the tax part of each total, so totals, charges and stock never depend on it.
 * {@code logo} is null when the store has none. {@code categoryTaxRates} (category → basis points) tax a
 * product's lines at its category's rate instead; the rounding is {@link OrderTotals}', shared with the desk.
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
        StoreLogo logo,
        Map<String, Integer> categoryTaxRates) {

    public StoreSettings {
        // Sorted so the receipt, the view and the stored item list categories the same way every time.
        categoryTaxRates = categoryTaxRates == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(categoryTaxRates));
    }

    /** With the default rate only (no per-category rates). */
    public StoreSettings(String name, String address, String phone, String email, String taxNumber, int taxRateBasisPoints,
                         String currency, String locale, String timeZone, String receiptFooter, String updatedBy, Instant updatedAt,
                         StoreLogo logo) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, updatedBy,
                updatedAt, logo, Map.of());
    }

    /** Without a logo. */
    public StoreSettings(String name, String address, String phone, String email, String taxNumber, int taxRateBasisPoints,
                         String currency, String locale, String timeZone, String receiptFooter, String updatedBy, Instant updatedAt) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, updatedBy,
                updatedAt, null);
    }

    /** What a store that never saved its settings gets, in UTC (tests; a deployed store's are {@link #defaultsIn}). */
    public static final StoreSettings DEFAULTS = new StoreSettings("Order Desk store", "", "", "", "", 0, Money.USD, "en-US",
            "UTC", "Thank you for your order.", null, null);

    /** What a store deployed in {@code zone} gets before a manager first saves its settings. */
    public static StoreSettings defaultsIn(ZoneId zone) {
        return DEFAULTS.inZone(zone);
    }

    /**
     * These settings in the store's time zone. The zone is the deployment's ({@code StoreTimeZone}), not the
     * record's: it also decides which day an order counts for, so receipts, the desk and the daily totals must
     * never disagree about it (ADR 0080).
     */
    public StoreSettings inZone(ZoneId zone) {
        return zone.getId().equals(timeZone) ? this : new StoreSettings(name, address, phone, email, taxNumber, taxRateBasisPoints,
                currency, locale, zone.getId(), receiptFooter, updatedBy, updatedAt, logo, categoryTaxRates);
    }

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
        return Money.ofCents(OrderTotals.taxIncludedIn(total.cents(), taxRateBasisPoints), total.currency());
    }

    /** Subtotal, tax by rate and total of an order's lines, by the one rule the desk's form uses too. */
    public OrderTotals.Totals totalsOf(java.util.List<OrderLine> lines) {
        return OrderTotals.of(lines.stream().map(l -> new OrderTotals.Line(l.lineTotal().cents(), l.taxRate(this))).toList());
    }

    /** The rate a product of this category is taxed at: its category's own rate, else the default rate. */
    public int taxRateFor(String category) {
        return OrderTotals.rateFor(category, taxRateBasisPoints, categoryTaxRates);
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
        return OrderTotals.rateText(taxRateBasisPoints);
    }
}
