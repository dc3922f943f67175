package app.orderdesk.backend.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DaySummariesTest {

    private static DaySummaries at(String instant, String zone) {
        return new DaySummaries(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ZoneId.of(zone));
    }

    @Test
    void aDayIsClosedToReadersOnlyFiveMinutesAfterItEndsButLateToWritersAtOnce() {
        DaySummaries justAfterMidnight = at("2026-12-02T00:03:00Z", "UTC");
        assertThat(justAfterMidnight.closed("2026-12-01")).isFalse();
        assertThat(justAfterMidnight.late("2026-12-01")).isTrue();
        assertThat(justAfterMidnight.closed("2026-11-30")).isTrue();

        DaySummaries later = at("2026-12-02T00:06:00Z", "UTC");
        assertThat(later.closed("2026-12-01")).isTrue();
        assertThat(later.closed("2026-12-02")).isFalse();
        assertThat(later.late("2026-12-02")).isFalse();
        assertThat(later.late("2026-12-03")).as("a day ahead (a clock behind ours) is not late").isFalse();
    }

    @Test
    void daysAreTheStoresDays() {
        DaySummaries berlin = at("2026-12-01T23:30:00Z", "Europe/Berlin"); // 00:30 on 2 December there
        assertThat(berlin.closed("2026-12-01")).isTrue();
        assertThat(berlin.late("2026-12-01")).isTrue();
        assertThat(berlin.closed("2026-12-02")).isFalse();
        DaySummaries newYork = at("2026-12-02T03:00:00Z", "America/New_York"); // 22:00 on 1 December there
        assertThat(newYork.closed("2026-12-01")).isFalse();
        assertThat(newYork.late("2026-12-01")).isFalse();
    }

    @Test
    void somethingThatIsNotADayIsNeitherClosedNorLate() {
        DaySummaries now = at("2026-12-02T12:00:00Z", "UTC");
        assertThat(now.closed("1999-not-a-day")).isFalse();
        assertThat(now.late("1999-not-a-day")).isFalse();
    }

    @Test
    void aSummaryHoldsOnlyWhileNoLateWriteCameAfterIt() {
        DayTotals totals = new DayTotals("2026-11-30", 3, Map.of(OrderStatus.COMPLETED, 2L), 4500,
                List.of(new DayTotals.ProductSales("p-mug", "Mug", 3, 4500)), 1, 700);
        Map<String, AttributeValue> item = DaySummaries.item(Map.of("pk", Attr.s("DAY#2026-11-30")), totals, 4).orElseThrow();
        assertThat(DaySummaries.valid("2026-11-30", item)).contains(totals);

        var bumped = new java.util.HashMap<>(item);
        bumped.put(DaySummaries.VERSION, Attr.n(5));
        assertThat(DaySummaries.valid("2026-11-30", bumped)).isEmpty();
        assertThat(DaySummaries.valid("2026-11-30", Map.of(DaySummaries.VERSION, Attr.n(1)))).as("only bumped, never built").isEmpty();
        assertThat(DaySummaries.valid("2026-11-30", null)).isEmpty();
    }

    @Test
    void aDaySellingMoreProductsThanAnItemHoldsIsNotSummarised() {
        List<DayTotals.ProductSales> many = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            many.add(new DayTotals.ProductSales("p-" + i, "A product with a rather long name, number " + i, 1, 100));
        }
        DayTotals busy = new DayTotals("2026-11-30", 4_000, Map.of(OrderStatus.COMPLETED, 4_000L), 400_000, many, 0, 0);
        assertThat(DaySummaries.item(Map.of(), busy, 0)).isEmpty();
        assertThat(DaySummaries.item(Map.of(), new DayTotals("2026-11-30", 1, Map.of(), 0, many.subList(0, 100), 0, 0), 0)).isPresent();
    }
}
