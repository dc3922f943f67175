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
                .hasMessage("[[OUT_OF_STOCK sku=TEE-RED&name=Red+T-Shirt&available=3&requested=5]] Out of stock: Red T-Shirt (SKU TEE-RED) has 3, 5 requested");
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

    // ---------- late writes cannot outlive a compensation (issue 10) ----------

    @Test
    void aReservationLandingAfterTheCompensationRanChangesNothing() {
        String id = world.place("tok_visa", line("p-mug", 4), line("p-tee", 1));
        // The workflow timed ReserveStock out and compensated before this invocation's writes landed.
        world.releaseStock.execute(id, "FAILED", null);
        int writes = world.orders.writes;

        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(OrderRejectedException.class);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3);
        assertThat(world.inventory.level("p-tee").reservations()).isEmpty();
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.orders.writes).isEqualTo(writes);
    }

    @Test
    void aLateWriteRacingTheCompensationMidOrderIsGivenBackAndTheRestRefused() {
        String id = world.place("tok_visa", line("p-mug", 4), line("p-tee", 1));
        // Lines go in product-id order: p-mug first; the compensation fences both right after it.
        var inventory = world.inventory;
        inventory.beforeNextReserve = () -> inventory.beforeNextReserve = () -> world.releaseStock.execute(id, "FAILED", null);

        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(OrderRejectedException.class);
        assertThat(inventory.level("p-mug").available()).as("the first line's late write was given back").isEqualTo(10);
        assertThat(inventory.level("p-mug").reservations()).isEmpty();
        assertThat(inventory.level("p-tee").available()).as("the second line was refused by the fence").isEqualTo(3);
        assertThat(inventory.fences("p-tee")).containsKey(id);
    }

    @Test
    void aRejectionLeavesNoFenceButACancelDoes() {
        String rejected = world.place("tok_visa", line("p-tee", 5));
        assertThatThrownBy(() -> world.reserveStock.execute(rejected)).isInstanceOf(OrderRejectedException.class);
        String cancelled = world.place("tok_visa", line("p-tee", 1));
        world.cancelOrder.execute(cancelled, null, "manager@example.test");

        assertThat(world.inventory.fences("p-tee")).containsOnlyKeys(cancelled);
        assertThatThrownBy(() -> world.reserveStock.execute(cancelled)).isInstanceOf(OrderRejectedException.class);
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3);
    }

    // ---------- no false rejections (issue 10) ----------

    @Test
    void aShortLineWaitsForAnOrderHoldingTheShortfallAndGetsItWhenThatOrderReleases() {
        String holder = world.place("tok_visa", line("p-tee", 3));
        world.reserveStock.execute(holder);
        String waiter = world.place("tok_visa", line("p-mug", 1), line("p-tee", 2));
        world.onPause = () -> world.releaseStock.execute(holder, "PAYMENT_DECLINED", null);

        assertThat(world.reserveStock.execute(waiter).status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(world.pauses).hasSize(1);
        assertThat(world.inventory.level("p-tee").reservations()).containsOnlyKeys(waiter);
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(1);
    }

    @Test
    void aShortLineWaitsForTheHolderAndIsRejectedWhenTheHolderSells() {
        String holder = world.place("tok_visa", line("p-tee", 3));
        world.reserveStock.execute(holder);
        String waiter = world.place("tok_visa", line("p-mug", 1), line("p-tee", 1));
        world.onPause = () -> world.inventory.commit("p-tee", holder);

        assertThatThrownBy(() -> world.reserveStock.execute(waiter)).isInstanceOf(OrderRejectedException.class)
                .hasMessage("[[OUT_OF_STOCK sku=TEE-RED&name=Red+T-Shirt&available=0&requested=1]] Out of stock: Red T-Shirt (SKU TEE-RED) has 0, 1 requested");
        assertThat(world.pauses).hasSize(1);
        assertThat(world.inventory.level("p-mug").available()).as("the first line was given back").isEqualTo(10);
    }

    @Test
    void theWaitIsBoundedWhenTheHolderNeverSettles() {
        String holder = world.place("tok_visa", line("p-tee", 3));
        world.reserveStock.execute(holder);
        String waiter = world.place("tok_visa", line("p-tee", 1));

        assertThatThrownBy(() -> world.reserveStock.execute(waiter)).isInstanceOf(OrderRejectedException.class);
        assertThat(world.pauses.stream().mapToLong(java.time.Duration::toMillis).sum()).isEqualTo(5000);
        assertThat(world.orders.get(waiter).status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void aTrueShortageIsRejectedAtOnceWithoutWaiting() {
        String holder = world.place("tok_visa", line("p-tee", 1));
        world.reserveStock.execute(holder);
        String waiter = world.place("tok_visa", line("p-tee", 4));

        assertThatThrownBy(() -> world.reserveStock.execute(waiter)).isInstanceOf(OrderRejectedException.class);
        assertThat(world.pauses).isEmpty();
    }
}
