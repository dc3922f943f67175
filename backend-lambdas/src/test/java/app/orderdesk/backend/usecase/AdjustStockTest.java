package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

class AdjustStockTest {

    private final World world = new World();

    private static StockAdjustmentRequest adjust(long delta, String reason) {
        return new StockAdjustmentRequest(delta, reason, "a note");
    }

    @Test
    void changesTheCountAndRecordsWhoWhenWhyBeforeAndAfter() {
        var movement = world.adjustStock.execute("p-mug", adjust(5, "RECEIVED"), "mia@orderdesk.test", null);

        assertThat(world.inventory.level("p-mug").available()).isEqualTo(15);
        assertThat(movement.before()).isEqualTo(10);
        assertThat(movement.after()).isEqualTo(15);
        assertThat(movement.actor()).isEqualTo("mia@orderdesk.test");
        assertThat(movement.movementId()).startsWith("2026-03-01T10:15:30.000Z#");
        assertThat(world.movements.rows).hasSize(1);
        assertThat(world.inventory.pending("p-mug")).isEmpty();
    }

    @Test
    void neverGoesBelowZero() {
        assertThatThrownBy(() -> world.adjustStock.execute("p-tee", adjust(-4, "DAMAGED"), "mia", null))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("INSUFFICIENT_STOCK"))
                .hasMessageContaining("TEE-RED has 3 available");
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3);
        assertThat(world.movements.rows).isEmpty();

        world.adjustStock.execute("p-tee", adjust(-3, "THEFT_LOSS"), "mia", null);
        assertThat(world.inventory.level("p-tee").available()).isZero();
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameResultWithoutASecondMovement() {
        var first = world.adjustStock.execute("p-mug", adjust(-2, "DAMAGED"), "mia", "key-1");
        var again = world.adjustStock.execute("p-mug", adjust(-2, "DAMAGED"), "mia", "key-1");

        assertThat(again).isEqualTo(first);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(8);
        assertThat(world.movements.rows).hasSize(1);

        assertThatThrownBy(() -> world.adjustStock.execute("p-mug", adjust(-3, "DAMAGED"), "mia", "key-1"))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("IDEMPOTENCY_CONFLICT"));
    }

    @Test
    void aRetryAfterACrashBetweenTheTwoWritesCompletesTheMovementWithoutChangingTheCountAgain() {
        world.inventory.crashBeforeNextSettle = true;
        assertThatThrownBy(() -> world.adjustStock.execute("p-mug", adjust(-2, "DAMAGED"), "mia", "key-crash"))
                .isInstanceOf(IllegalStateException.class);
        // The count moved and the movement is parked on the item: readers already see it in the history.
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(8);
        assertThat(world.listStockMovements.execute("p-mug", null, null).items()).hasSize(1);

        var retried = world.adjustStock.execute("p-mug", adjust(-2, "DAMAGED"), "mia", "key-crash");

        assertThat(retried.before()).isEqualTo(10);
        assertThat(retried.after()).isEqualTo(8);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(8);
        assertThat(world.movements.rows).hasSize(1);
        assertThat(world.inventory.pending("p-mug")).isEmpty();
    }

    @Test
    void theNextAdjustmentFinishesAMovementACrashLeftParked() {
        world.inventory.crashBeforeNextSettle = true;
        assertThatThrownBy(() -> world.adjustStock.execute("p-mug", adjust(3, "RECEIVED"), "mia", null))
                .isInstanceOf(IllegalStateException.class);

        world.adjustStock.execute("p-mug", adjust(1, "CORRECTION"), "mia", null);

        assertThat(world.movements.rows).hasSize(2);
        assertThat(world.inventory.pending("p-mug")).isEmpty();
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(14);
    }

    @Test
    void measuresBeforeAndAfterAgainstTheCountAtTheTimeOfTheWrite() {
        world.inventory.setAvailable("p-mug", 7);

        var movement = world.adjustStock.execute("p-mug", adjust(2, "RETURN_RESTOCK"), "mia", null);

        assertThat(movement.before()).isEqualTo(7);
        assertThat(movement.after()).isEqualTo(9);
    }

    @Test
    void concurrentSalesNeverMakeAnAdjustmentFail() throws Exception {
        world.inventory.setAvailable("p-mug", 100);
        var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Object>>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tasks.add(() -> world.adjustStock.execute("p-mug", adjust(n % 2 == 0 ? 1 : -1, "CORRECTION"), "mia", "adj-" + n));
            tasks.add(() -> world.inventory.reserve("p-mug", "order-" + n, 2));
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (var done : pool.invokeAll(tasks)) {
                done.get(); // an adjustment that failed would throw here
            }
        }
        long deltas = world.movements.rows.values().stream().mapToLong(m -> m.delta()).sum();
        assertThat(world.movements.rows).hasSize(20);
        assertThat(world.inventory.level("p-mug").available() + world.inventory.level("p-mug").reserved())
                .as("stock + held = initial + adjustments").isEqualTo(100 + deltas);
        assertThat(world.movements.rows.values()).allSatisfy(m -> assertThat(m.after()).isEqualTo(m.before() + m.delta()));
    }

    @Test
    void namesEveryWrongField() {
        assertThatThrownBy(() -> world.adjustStock.execute("p-mug", new StockAdjustmentRequest(0L, "LOST", "n".repeat(501)), "mia", "bad key"))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("delta", "reason", "note", "Idempotency-Key"));
        assertThatThrownBy(() -> world.adjustStock.execute("p-mug", new StockAdjustmentRequest(100_001L, null, null), "mia", null))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("delta", "reason"));
        assertThatThrownBy(() -> world.adjustStock.execute("p-nope", adjust(1, "COUNT"), "mia", null))
                .isInstanceOf(NotFoundException.class);
        // audit, session 34: Math.abs(Long.MIN_VALUE) is negative, and the stock went to -9.2e18 with a 201
        for (long outOfRange : new long[] {Long.MIN_VALUE, -100_001L, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> world.adjustStock.execute("p-mug", new StockAdjustmentRequest(outOfRange, "CORRECTION", null),
                    "mia", null)).as("delta %d", outOfRange).isInstanceOfSatisfying(ValidationFailedException.class,
                            v -> assertThat(v.issues()).extracting(FieldIssue::field).containsExactly("delta"));
        }
    }

    @Test
    void historyIsNewestFirstAndPaged() {
        world.adjustStock.execute("p-mug", adjust(1, "RECEIVED"), "mia", null);
        world.adjustStock.execute("p-mug", adjust(2, "RECEIVED"), "mia", null);
        world.adjustStock.execute("p-mug", adjust(3, "RECEIVED"), "mia", null);

        var first = world.listStockMovements.execute("p-mug", "2", null);
        assertThat(first.items()).extracting(m -> m.delta()).containsExactly(3L, 2L);
        var second = world.listStockMovements.execute("p-mug", "2", first.nextToken());
        assertThat(second.items()).extracting(m -> m.delta()).containsExactly(1L);
        assertThat(second.nextToken()).isNull();

        assertThatThrownBy(() -> world.listStockMovements.execute("p-mug", "0", "%%%"))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("limit", "nextToken"));
        assertThatThrownBy(() -> world.listStockMovements.execute("p-nope", null, null)).isInstanceOf(NotFoundException.class);
        // audit, session 34: a forged token whose cursor is over DynamoDB's 1,024-byte key limit was sent on as a start key
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("a".repeat(1100).getBytes());
        assertThatThrownBy(() -> world.listStockMovements.execute("p-mug", "2", forged))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).extracting(FieldIssue::field)
                        .containsExactly("nextToken"));
    }

    @Test
    void historyIncludesSalesWrittenByTheWorkflow() {
        String id = world.place("tok_visa", app.orderdesk.backend.fakes.World.line("p-mug", 2));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);

        var history = world.listStockMovements.execute("p-mug", null, null);

        assertThat(history.items()).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo("SALE");
            assertThat(m.delta()).isEqualTo(-2);
        });
    }

    @Test
    void getsOneProduct() {
        assertThat(world.getInventoryItem.execute("p-tee").available()).isEqualTo(3);
        assertThatThrownBy(() -> world.getInventoryItem.execute("p-nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.getInventoryItem.execute("x".repeat(65))).isInstanceOf(ValidationFailedException.class);
    }
}
