package app.orderdesk.desktop.order;

import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.pricing.OrderTotals;
import java.util.List;
import java.util.Map;

/**
 * The store's tax rates as the order form needs them (from {@code GET /store-settings}); the figures
 * come from {@link OrderTotals}, the rule the server prices receipts with, so the form shows what the
 * receipt will.
 */
public record StoreTax(int defaultRateBasisPoints, Map<String, Integer> categoryRates) {

    /** Until the store's settings arrive: no tax (the stack's defaults). */
    public static final StoreTax NONE = new StoreTax(0, Map.of());

    public StoreTax {
        categoryRates = categoryRates == null ? Map.of() : Map.copyOf(categoryRates);
    }

    public static StoreTax of(StoreSettingsView settings) {
        return new StoreTax(settings.taxRateBasisPoints(), settings.categoryTaxRates());
    }

    /** The rate the server will record for a line of this product. */
    public int rateFor(DraftLine line) {
        return OrderTotals.rateFor(line.product().category(), defaultRateBasisPoints, categoryRates);
    }

    public OrderTotals.Totals totalsOf(List<DraftLine> lines) {
        return OrderTotals.of(lines.stream().map(l -> new OrderTotals.Line(l.lineTotalCents(), rateFor(l))).toList());
    }
}
