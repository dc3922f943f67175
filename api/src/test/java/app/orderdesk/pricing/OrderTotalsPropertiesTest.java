package app.orderdesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OrderTotalsPropertiesTest {

    @Property
    void subtotalPlusTaxIsTheTotalAndTheTotalIsTheSumOfTheLines(@ForAll("orders") List<OrderTotals.Line> lines) {
        OrderTotals.Totals totals = OrderTotals.of(lines);

        assertThat(totals.subtotalCents() + totals.taxCents()).isEqualTo(totals.totalCents());
        assertThat(totals.totalCents()).isEqualTo(lines.stream().mapToLong(OrderTotals.Line::grossCents).sum());
    }

    @Property
    void eachRateGroupsTaxIsItsGrossTimesRateOverOnePlusRateRoundedHalfUp(@ForAll("orders") List<OrderTotals.Line> lines) {
        for (OrderTotals.TaxGroup group : OrderTotals.of(lines).taxByRate()) {
            long gross = lines.stream().filter(l -> l.rateBasisPoints() == group.rateBasisPoints())
                    .mapToLong(OrderTotals.Line::grossCents).sum();
            // The same rule said another way: tax = gross − gross / (1 + rate), exact, then half-up.
            BigDecimal exact = BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(group.rateBasisPoints()))
                    .divide(BigDecimal.valueOf(10_000L + group.rateBasisPoints()), 10, RoundingMode.HALF_UP);
            assertThat(group.grossCents()).isEqualTo(gross);
            assertThat(BigDecimal.valueOf(group.taxCents()).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
            assertThat(group.taxCents()).isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
    }

    @Property
    void theOrderOfTheLinesDoesNotChangeTheFigures(@ForAll("orders") List<OrderTotals.Line> lines) {
        List<OrderTotals.Line> reversed = new java.util.ArrayList<>(lines);
        java.util.Collections.reverse(reversed);
        assertThat(OrderTotals.of(reversed)).isEqualTo(OrderTotals.of(lines));
    }

    @Property
    void noTaxAtRateZero(@ForAll @IntRange(min = 0, max = 10_000_000) int gross) {
        assertThat(OrderTotals.taxIncludedIn(gross, 0)).isZero();
    }

    @Provide
    Arbitrary<List<OrderTotals.Line>> orders() {
        Arbitrary<Long> gross = Arbitraries.longs().between(0, 999L * 1_000_000L);
        Arbitrary<Integer> rate = Arbitraries.oneOf(Arbitraries.of(0, 700, 1900, 2000, 550, 1000),
                Arbitraries.integers().between(0, 10_000));
        return Combinators.combine(gross, rate).as(OrderTotals.Line::new).list().ofMinSize(1).ofMaxSize(40);
    }
}
