package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.StockMovement;
import java.util.List;
import java.util.Optional;

/** The audit trail of stock changes (who, when, why). */
public interface StockMovementRepository {

    /** Writes the movement unless one with the same product and movement id exists; false when it did. */
    boolean record(StockMovement movement);

    Optional<StockMovement> find(String productId, String movementId);

    /** Up to {@code limit} movements of the product, newest first, after the movement id {@code startAfter} (null: from the newest). */
    MovementSlice list(String productId, int limit, String startAfter);

    /** A page of movements; {@code lastMovementId} is null when there is nothing more. */
    record MovementSlice(List<StockMovement> items, String lastMovementId) {
        public MovementSlice {
            items = List.copyOf(items);
        }
    }
}
