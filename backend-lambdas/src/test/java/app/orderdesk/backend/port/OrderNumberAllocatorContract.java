package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link OrderNumberAllocator} does, the fake and the DynamoDB counter alike. */
public abstract class OrderNumberAllocatorContract {

    protected abstract OrderNumberAllocator allocator();

    @Test
    void eachNumberIsLargerThanTheOneBefore() {
        long first = allocator().next();
        long second = allocator().next();

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void concurrentCallersNeverGetTheSameNumber() throws Exception {
        List<Callable<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(() -> allocator().next());
        }
        List<Long> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Long> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
        }

        assertThat(numbers).hasSize(40).doesNotHaveDuplicates();
    }
}
