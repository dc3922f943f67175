package app.orderdesk.desktop.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/** Tax rates as people type them ("19", "7,5 %") and as the API keeps them (basis points: 1900, 750). */
public final class TaxRates {

    private TaxRates() {}

    /** "19" → 1900, "7.25" or "7,25 %" → 725; empty when it is not a percentage with at most two decimals. */
    public static OptionalInt parsePercent(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String cleaned = text.replace('%', ' ').strip().replace(',', '.');
        if (cleaned.isEmpty() || !cleaned.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(new BigDecimal(cleaned).movePointRight(2).intValueExact());
    }

    /** 1900 → "19", 725 → "7.25": what the field shows. */
    public static String formatPercent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)
                .stripTrailingZeros().toPlainString();
    }
}
