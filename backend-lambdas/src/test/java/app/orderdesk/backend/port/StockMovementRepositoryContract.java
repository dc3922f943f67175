package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockMovementRepository.MovementSlice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link StockMovementRepository} does, the fake and the DynamoDB adapter alike. */
public abstract class StockMovementRepositoryContract {

    protected abstract StockMovementRepository movements();

    private static StockMovement movement(String productId, int i) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i);
        return new StockMovement(productId, at + "#m" + i, "COUNT", i, 10L, 10L + i, null, "mia", "note " + i, at);
    }

    @Test
    void recordsAMovementOnceAndFindsItAgain() {
        String product = "contract-" + UUID.randomUUID();
        StockMovement movement = new StockMovement(product, "2026-03-01T10:00:00Z#m1", "SALE", -2, null, null,
                "o-1", "workflow", "OD-000001", Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(movements().record(movement)).isTrue();
        assertThat(movements().record(movement)).as("the same movement again").isFalse();

        assertThat(movements().find(product, movement.movementId())).contains(movement);
        assertThat(movements().find(product, "no-such-movement")).isEmpty();
    }

    @Test
    void listsNewestFirstOnePageAtATime() {
        String product = "contract-" + UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            movements().record(movement(product, i));
        }
        movements().record(movement("contract-" + UUID.randomUUID(), 9)); // another product's: never listed

        List<List<Long>> pages = new ArrayList<>();
        String after = null;
        do {
            MovementSlice slice = movements().list(product, 2, after);
            pages.add(slice.items().stream().map(StockMovement::delta).toList());
            after = slice.lastMovementId();
        } while (after != null && pages.size() < 10);

        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(pages.getFirst()).hasSize(2);
        assertThat(movements().list(product, 10, null).lastMovementId()).as("one page holds all").isNull();
    }
}
