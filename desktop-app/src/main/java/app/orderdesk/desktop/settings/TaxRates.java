package app.orderdesk.desktop.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/** Tax rates as people type them ("19", "7,5 %") and as the API keeps them (basis points: 1900, 750). */
public final class TaxRates {

    private TaxRates() {}

    /** The highest rate the API takes: 100 %. */
    static final int MAX_BASIS_POINTS = 10_000;

    /**
     * "19" → 1900, "7.25" or "7,25 %" → 725; empty when it is not a percentage from 0 to 100 with at most two decimals
     * (above 100 % the server's complaint spoke of basis points: "between 0 and 10000", walked in session 21).
     */
    public static OptionalInt parsePercent(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String cleaned = text.replace('%', ' ').strip().replace(',', '.');
        if (cleaned.isEmpty() || !cleaned.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return OptionalInt.empty();
        }
        int basisPoints = new BigDecimal(cleaned).movePointRight(2).intValueExact();
        return basisPoints > MAX_BASIS_POINTS ? OptionalInt.empty() : OptionalInt.of(basisPoints);
    }

    /** The category list as typed: the rates, or the first line that is not "category = percent". */
    public record CategoryRates(java.util.Map<String, Integer> rates, String badLine) {}

    /**
     * One "category = percent" per line ("food = 7", "books = 7,5 %"); blank lines are skipped. The
     * category is sent as typed (trimmed): the server names a wrong one, lower-cases the rest.
     */
    public static CategoryRates parseCategoryRates(String text) {
        java.util.Map<String, Integer> rates = new java.util.LinkedHashMap<>();
        if (text == null) {
            return new CategoryRates(rates, null);
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            OptionalInt rate = equals < 0 ? OptionalInt.empty() : parsePercent(line.substring(equals + 1));
            String category = equals < 0 ? "" : line.substring(0, equals).strip();
            if (category.isEmpty() || rate.isEmpty()) {
                return new CategoryRates(java.util.Map.of(), line.strip());
            }
            rates.put(category, rate.getAsInt());
        }
        return new CategoryRates(rates, null);
    }

    /** {food=700, books=700} → "books = 7\nfood = 7" (sorted), what the list shows. */
    public static String formatCategoryRates(java.util.Map<String, Integer> rates) {
        if (rates == null || rates.isEmpty()) {
            return "";
        }
        return new java.util.TreeMap<>(rates).entrySet().stream().map(e -> e.getKey() + " = " + formatPercent(e.getValue()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** 1900 → "19", 725 → "7.25": what the field shows. */
    public static String formatPercent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)
                .stripTrailingZeros().toPlainString();
    }
}
