package app.orderdesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTotalsTest {

    @Test
    void twoRatesGiveOneTaxRowEachRoundedHalfUpPerGroup() {
        // 19 %: 11.90 + 11.90 = 23.80 → tax 3.80; 7 %: 10.70 → tax 0.70.
        var totals = OrderTotals.of(List.of(new OrderTotals.Line(1190, 1900), new OrderTotals.Line(1070, 700),
                new OrderTotals.Line(1190, 1900)));

        assertThat(totals.taxByRate()).containsExactly(new OrderTotals.TaxGroup(700, 1070, 70),
                new OrderTotals.TaxGroup(1900, 2380, 380));
        assertThat(totals.subtotalCents()).isEqualTo(3000);
        assertThat(totals.totalCents()).isEqualTo(3450);
    }

    @Test
    void roundsTheGroupOnceNotEachLine() {
        // Per line: 0.05 × 19/119 = 0.798… → 1 cent each, 3 cents for three; per group: 0.15 → 2.39… → 2 cents.
        var totals = OrderTotals.of(List.of(new OrderTotals.Line(5, 1900), new OrderTotals.Line(5, 1900),
                new OrderTotals.Line(5, 1900)));

        assertThat(totals.taxCents()).isEqualTo(2);
    }

    @Test
    void halfACentRoundsUp() {
        // 10.50 at 5 %: 1050 × 500 / 10500 = 50 exactly; 21 cents at 5 %: 1.0 → 1; 1 cent at 100 %: 0.5 → 1.
        assertThat(OrderTotals.taxIncludedIn(1050, 500)).isEqualTo(50);
        assertThat(OrderTotals.taxIncludedIn(1, 10_000)).isEqualTo(1);
        assertThat(OrderTotals.taxIncludedIn(3, 10_000)).isEqualTo(2);
    }

    @Test
    void aCategoryWithoutItsOwnRateUsesTheDefault() {
        Map<String, Integer> rates = Map.of("food", 700);

        assertThat(OrderTotals.rateFor(" Food ", 1900, rates)).isEqualTo(700);
        assertThat(OrderTotals.rateFor("books", 1900, rates)).isEqualTo(1900);
        assertThat(OrderTotals.rateFor(null, 1900, rates)).isEqualTo(1900);
        assertThat(OrderTotals.rateText(750)).isEqualTo("7.5 %");
    }
}
