package app.orderdesk.desktop.inventory;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one keystroke's filter takes over 100,000 inventory rows (design target: 30 ms).
 * A benchmark, not a test: time on 2 shared cores is a measurement to read, never an assertion
 * ({@link InventoryViewModelTest} checks what the filter finds). Run: {@code ./desk bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InventoryFilterBenchmark {

    private List<InventoryRow> rows;
    /** What the inventory table shows: the view model's filtered list over every row. */
    private javafx.collections.transformation.FilteredList<InventoryRow> visible;
    private boolean flip;

    @Setup
    public void rows() {
        rows = IntStream.range(0, 100_000).mapToObj(InventoryViewModelTest::item).map(InventoryRow::of).toList();
        visible = new javafx.collections.transformation.FilteredList<>(javafx.collections.FXCollections.observableArrayList(rows));
    }

    /**
     * One keystroke as the view model applies it: a new predicate on the filtered list the table
     * observes (the list recomputes what is visible and tells its listeners). Alternates between
     * two texts so every call really changes the filter. The table's redraw is not included.
     */
    @Benchmark
    public int keystrokeUpdatesTheFilteredList() {
        flip = !flip;
        visible.setPredicate(InventoryViewModel.matcher(flip ? "number 9" : "number 99", false));
        return visible.size();
    }

    @Benchmark
    public long filterByTextAndLowStock() {
        return count(InventoryViewModel.matcher("NUMBER 99", true));
    }

    @Benchmark
    public long filterByText() {
        return count(InventoryViewModel.matcher("number 9", false));
    }

    private long count(Predicate<InventoryRow> predicate) {
        return rows.stream().filter(predicate).count();
    }
}
