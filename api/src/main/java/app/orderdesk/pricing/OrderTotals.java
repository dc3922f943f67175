package app.orderdesk.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one tax and rounding rule of the store, used by the backend (order record, receipt, email) and by
 * the desk's order form, so the form shows the figures the receipt will (ADR 0031). Prices include
 * tax: lines are grouped by rate, and each group's tax is {@code gross × rate / (10 000 + rate)} rounded
 * half-up to the cent, once per group (not per line, which would let a receipt's tax drift a cent per
 * line from what its total contains). The net subtotal is what is left: subtotal + Σ tax = total.
 * Plain Java in a package of its own (not the wire contract {@code app.orderdesk.api}), so the backend's
 * domain may use it too; {@code PricingIsPlainJavaTest} keeps it free of any dependency.
 */
public final class OrderTotals {

    /** One order line for the rule: its tax-inclusive total in cents and its rate in basis points (1900 = 19 %). */
    public record Line(long grossCents, int rateBasisPoints) {}

    /** One rate's share of an order: the tax-inclusive amount at that rate, the tax it contains, and the rest (net). */
    public record TaxGroup(int rateBasisPoints, long grossCents, long taxCents) {
        public long netCents() {
            return grossCents - taxCents;
        }

        /** "19 %" or "7.5 %". */
        public String rateText() {
            return OrderTotals.rateText(rateBasisPoints);
        }
    }

    /** An order's subtotal (net of tax), its tax by rate (ascending rate, zero rates included) and its total. */
    public record Totals(long subtotalCents, List<TaxGroup> taxByRate, long totalCents) {
        public Totals {
            taxByRate = List.copyOf(taxByRate);
        }

        public long taxCents() {
            return taxByRate.stream().mapToLong(TaxGroup::taxCents).sum();
        }

        /** The groups whose rate is above zero: the receipt's "Tax 19 %" rows. */
        public List<TaxGroup> taxedGroups() {
            return taxByRate.stream().filter(g -> g.rateBasisPoints() > 0).toList();
        }
    }

    private OrderTotals() {}

    public static Totals of(List<Line> lines) {
        Map<Integer, Long> grossByRate = new TreeMap<>();
        for (Line line : lines) {
            grossByRate.merge(line.rateBasisPoints(), line.grossCents(), Math::addExact);
        }
        List<TaxGroup> groups = new ArrayList<>();
        long total = 0;
        long tax = 0;
        for (var entry : grossByRate.entrySet()) {
            long groupTax = taxIncludedIn(entry.getValue(), entry.getKey());
            groups.add(new TaxGroup(entry.getKey(), entry.getValue(), groupTax));
            total = Math.addExact(total, entry.getValue());
            tax = Math.addExact(tax, groupTax);
        }
        return new Totals(total - tax, groups, total);
    }

    /** The tax contained in a tax-inclusive amount at one rate, rounded half-up (away from zero) to the cent. */
    public static long taxIncludedIn(long grossCents, int rateBasisPoints) {
        if (rateBasisPoints == 0) {
            return 0;
        }
        return BigDecimal.valueOf(grossCents).multiply(BigDecimal.valueOf(rateBasisPoints))
                .divide(BigDecimal.valueOf(10_000L + rateBasisPoints), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The rate a product's lines are taxed at: its category's rate when the store has one for it,
     * otherwise the store's default rate. Categories match case-insensitively after trimming.
     */
    public static int rateFor(String category, int defaultRateBasisPoints, Map<String, Integer> categoryRates) {
        if (category == null || categoryRates == null || categoryRates.isEmpty()) {
            return defaultRateBasisPoints;
        }
        Integer rate = categoryRates.get(normalCategory(category));
        return rate == null ? defaultRateBasisPoints : rate;
    }

    /** A category as stored and matched: trimmed, lower case; null or blank means none. */
    public static String normalCategory(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        return category.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** "19 %" or "7.5 %". */
    public static String rateText(int rateBasisPoints) {
        return BigDecimal.valueOf(rateBasisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }
}
