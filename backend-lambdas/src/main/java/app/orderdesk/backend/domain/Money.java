package app.orderdesk.backend.domain;

import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (cents) of one currency; never floating point, so totals add up exactly. */
public record Money(long cents, String currency) {

    public static final String USD = "USD";

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.length() != 3) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code: " + currency);
        }
    }

    public static Money ofCents(long cents, String currency) {
        return new Money(cents, currency);
    }

    public static Money ofCents(long cents) {
        return new Money(cents, USD);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor), currency);
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** Human form for receipts: {@code $12.34} for USD, {@code 12.34 EUR} otherwise. */
    public String format() {
        int digits = fractionDigits();
        long abs = Math.abs(cents);
        String amount;
        if (digits <= 0) {
            amount = Long.toString(abs);
        } else {
            long unit = (long) Math.pow(10, digits);
            amount = (abs / unit) + "." + String.format("%0" + digits + "d", abs % unit);
        }
        String sign = cents < 0 ? "-" : "";
        return USD.equals(currency) ? sign + "$" + amount : sign + amount + " " + currency;
    }

    private int fractionDigits() {
        try {
            return Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknownCurrency) {
            return 2;
        }
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " and " + other.currency);
        }
    }
}
