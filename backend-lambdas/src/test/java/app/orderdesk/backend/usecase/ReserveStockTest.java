package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.fakes.World;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ReserveStockTest {

    private final World world = new World();

    @Test
    void reservesEveryLine() {
        String id = world.place("tok_visa", line("p-mug", 4), line("p-tee", 3));

        assertThat(world.reserveStock.execute(id).status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(6);
        assertThat(world.inventory.level("p-mug").reservations()).containsEntry(id, 4L);
        assertThat(world.inventory.level("p-tee").available()).isZero();
    }

    @Test
    void rejectsWhenStockIsShortAndGivesBackEarlierLines() {
        String id = world.place("tok_visa", line("p-mug", 4), line("p-tee", 5));

        assertThatThrownBy(() -> world.reserveStock.execute(id))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("Out of stock: Red T-Shirt (SKU TEE-RED) has 3, 5 requested");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(world.orders.get(id).statusReason()).startsWith("Out of stock: Red T-Shirt");
    }

    @Test
    void neverOversellsUnderConcurrentOrders() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(world.place("tok_visa", line("p-tee", 1)));
        }
        List<Callable<Boolean>> attempts = ids.stream().<Callable<Boolean>>map(id -> () -> {
            try {
                world.reserveStock.execute(id);
                return true;
            } catch (OrderRejectedException rejected) {
                return false;
            }
        }).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            long reserved = pool.invokeAll(attempts).stream().filter(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).count();
            assertThat(reserved).isEqualTo(3);
        }
        assertThat(world.inventory.level("p-tee").available()).isZero();
    }

    @Test
    void aRedeliveredReservationTakesNothingMore() {
        String id = world.place("tok_visa", line("p-mug", 4));
        world.reserveStock.execute(id);
        int writes = world.orders.writes;

        assertThat(world.reserveStock.execute(id).status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(6);
        assertThat(world.orders.writes).isEqualTo(writes);
    }
}
