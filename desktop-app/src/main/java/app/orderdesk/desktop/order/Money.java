package app.orderdesk.desktop.order;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats amounts in minor units (cents) for display; the API never sends floating-point money. */
public final class Money {

    private Money() {}

    public static String format(long cents) {
        // A fresh instance per call: NumberFormat is not thread-safe and formatting is rare.
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        return format.format(cents / 100.0);
    }
}
