package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.DailyTotalsStore.LineSale;
import app.orderdesk.backend.port.DailyTotalsStore.Outcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link DailyTotalsStore} does, the fake and the DynamoDB adapter alike. */
public abstract class DailyTotalsStoreContract {

    protected abstract DailyTotalsStore totals();

    /**
     * A day no other test touches (tests share the table), long past: every read of it is a closed day's, which a store
     * may answer from a summary (ADR 0078), so each test here also holds that a summary never hides a later write.
     */
    private static String freshDay() {
        int n = Math.floorMod(UUID.randomUUID().hashCode(), 700_000);
        return java.time.LocalDate.of(1, 1, 1).plusDays(n).toString();
    }

    private static Outcome completed(String day, String orderId) {
        return new Outcome(day, orderId, OrderStatus.COMPLETED, 2500,
                List.of(new LineSale("p-mug", "Mug", 2, 2000), new LineSale("p-tee", "Tee", 1, 500)));
    }

    @Test
    void countsPlacedOrdersOncePerOrderAndRemembersWhoPlacedThem() {
        String day = freshDay();
        totals().recordPlaced(day, "o-1", "mia@store.test");
        totals().recordPlaced(day, "o-1", "mia@store.test"); // a retried place-order
        totals().recordPlaced(day, "o-2", "sam@store.test");

        DayTotals read = totals().read(List.of(day)).getFirst();
        assertThat(read.placed()).isEqualTo(2);
        assertThat(read.inProgress()).isEqualTo(2);
        assertThat(totals().placedBy(day, "mia@store.test")).containsExactly("o-1");
        assertThat(totals().placedBy(day, "nobody@store.test")).isEmpty();
    }

    @Test
    void countsAnOutcomeOnceHoweverOftenItIsRecorded() {
        String day = freshDay();
        totals().recordPlaced(day, "o-1", "mia");
        totals().recordOutcome(completed(day, "o-1"));
        totals().recordOutcome(completed(day, "o-1"));

        DayTotals read = totals().read(List.of(day)).getFirst();
        assertThat(read.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L));
        assertThat(read.revenueCents()).isEqualTo(2500);
        assertThat(read.inProgress()).isZero();
        assertThat(read.products()).containsExactlyInAnyOrder(
                new DayTotals.ProductSales("p-mug", "Mug", 2, 2000), new DayTotals.ProductSales("p-tee", "Tee", 1, 500));
    }

    @Test
    void aChangedOutcomeMovesBetweenCountersInsteadOfCountingTwice() {
        String day = freshDay();
        totals().recordOutcome(new Outcome(day, "o-1", OrderStatus.FAILED, 0, List.of()));
        totals().recordOutcome(completed(day, "o-1")); // redriven, then completed

        DayTotals read = totals().read(List.of(day)).getFirst();
        assertThat(read.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L));
        assertThat(read.revenueCents()).isEqualTo(2500);

        totals().recordOutcome(new Outcome(day, "o-1", OrderStatus.FAILED, 0, List.of()));
        DayTotals back = totals().read(List.of(day)).getFirst();
        assertThat(back.ended()).isEqualTo(Map.of(OrderStatus.FAILED, 1L));
        assertThat(back.revenueCents()).isZero();
        assertThat(back.products()).isEmpty();
    }

    @Test
    void concurrentRecordingsOfTheSameOutcomeCountOnce() throws Exception {
        String day = freshDay();
        together(4, java.util.Collections.nCopies(8, () -> totals().recordOutcome(completed(day, "o-race"))));
        DayTotals read = totals().read(List.of(day)).getFirst();
        assertThat(read.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L));
        assertThat(read.revenueCents()).isEqualTo(2500);
    }

    @Test
    void readsDaysInTheOrderAskedAndEmptyDaysAsZero() {
        String day = freshDay();
        String empty = freshDay();
        totals().recordPlaced(day, "o-1", "mia");

        List<DayTotals> read = totals().read(List.of(empty, day));
        assertThat(read).extracting(DayTotals::day).containsExactly(empty, day);
        assertThat(read.getFirst()).isEqualTo(DayTotals.empty(empty));
        assertThat(read.get(1).placed()).isEqualTo(1);
    }

    @Test
    void countsEachRefundOnceOnTheDayItWasMadeApartFromTheOrders() {
        String day = freshDay();
        totals().recordPlaced(day, "o-1", "mia");
        totals().recordOutcome(completed(day, "o-1"));
        totals().recordRefund(day, "rf-1", 1200);
        totals().recordRefund(day, "rf-1", 1200); // a retried refund request
        totals().recordRefund(day, "rf-2", 300);

        DayTotals read = totals().read(List.of(day)).getFirst();
        assertThat(read.refunds()).isEqualTo(2);
        assertThat(read.refundedCents()).isEqualTo(1500);
        assertThat(read.placed()).as("a refund is not an order placed").isEqualTo(1);
        assertThat(read.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L));
        assertThat(read.revenueCents()).as("revenue stays what was sold").isEqualTo(2500);
        assertThat(totals().placedBy(day, "mia")).containsExactly("o-1");
        assertThat(totals().read(List.of(freshDay())).getFirst().refunds()).isZero();
    }

    @Test
    void aPastDayReadAgainAfterALateWriteShowsTheWrite() {
        String day = freshDay();
        totals().recordPlaced(day, "o-1", "mia");
        assertThat(totals().read(List.of(day)).getFirst().inProgress()).isEqualTo(1);

        totals().recordOutcome(completed(day, "o-1")); // an old held order, redriven today
        DayTotals afterOutcome = totals().read(List.of(day)).getFirst();
        assertThat(afterOutcome.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L));
        assertThat(afterOutcome.revenueCents()).isEqualTo(2500);

        totals().recordPlaced(day, "o-2", "sam"); // placed just before midnight, recorded just after
        totals().recordRefund(day, "rf-1", 700);
        DayTotals last = totals().read(List.of(day)).getFirst();
        assertThat(last.placed()).isEqualTo(2);
        assertThat(last.refundedCents()).isEqualTo(700);
        assertThat(totals().read(List.of(day)).getFirst()).as("read again: the same figures").isEqualTo(last);
    }

    @Test
    void aPastDayReadsTheSameEveryTimeWithEveryFigureKept() {
        String day = freshDay();
        totals().recordPlaced(day, "o-1", "mia");
        totals().recordPlaced(day, "o-2", "mia");
        totals().recordPlaced(day, "o-3", "sam");
        totals().recordOutcome(completed(day, "o-1"));
        totals().recordOutcome(new Outcome(day, "o-2", OrderStatus.FAILED, 0, List.of()));
        totals().recordRefund(day, "rf-1", 1200);

        DayTotals first = totals().read(List.of(day, day)).getFirst();
        List<DayTotals> again = totals().read(List.of(day, day));
        assertThat(again).containsExactly(first, first);
        assertThat(first.placed()).isEqualTo(3);
        assertThat(first.inProgress()).isEqualTo(1);
        assertThat(first.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L, OrderStatus.FAILED, 1L));
        assertThat(first.products()).containsExactlyInAnyOrder(
                new DayTotals.ProductSales("p-mug", "Mug", 2, 2000), new DayTotals.ProductSales("p-tee", "Tee", 1, 500));
        assertThat(first.refunds()).isEqualTo(1);
        assertThat(totals().placedBy(day, "mia")).containsExactlyInAnyOrder("o-1", "o-2");
    }

    @Test
    void latePastDayWritesRacingItsReadsAreAllCountedInTheEnd() throws Exception {
        String day = freshDay();
        Runnable writer = () -> {
            for (int i = 0; i < 12; i++) {
                totals().recordPlaced(day, "o-" + i, "mia");
                totals().recordOutcome(completed(day, "o-" + i));
            }
        };
        Runnable reader = () -> {
            for (int i = 0; i < 12; i++) {
                totals().read(List.of(day));
            }
        };
        together(3, List.of(writer, reader, reader));
        DayTotals read = totals().read(List.of(day)).getFirst();
        assertThat(read.placed()).isEqualTo(12);
        assertThat(read.ended()).isEqualTo(Map.of(OrderStatus.COMPLETED, 12L));
        assertThat(read.revenueCents()).isEqualTo(12 * 2500);
    }

    /** Runs the tasks on {@code threads} threads at once and waits for them all; one that throws fails the test. */
    private static void together(int threads, List<Runnable> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (Runnable task : tasks) {
                runs.add(pool.submit(task));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
