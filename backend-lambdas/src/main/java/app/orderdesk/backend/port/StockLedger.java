package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.StockMovement;
import java.util.List;

/**
 * Manual stock changes on the product's own item. {@link #apply} sets {@code available} from the
 * movement's {@code before} to its {@code after} and parks the movement on the same item in one
 * conditional write, so the count and the record of why it changed can never disagree; the movement
 * is then copied to the StockMovements table and {@link #settle}d. A crash in between leaves it
 * parked, and {@link #pending} finds it so any later caller can finish the copy.
 */
public interface StockLedger {

    ApplyOutcome apply(StockMovement movement);

    /** Movements applied to the count but not yet settled, oldest first. */
    List<StockMovement> pending(String productId);

    /** Removes the parked movement (after it was recorded); harmless when already gone. */
    void settle(String productId, String movementId);

    /** What one apply did. */
    sealed interface ApplyOutcome {
        record Applied() implements ApplyOutcome {}

        /** This movement id is already parked on the item: a retry of an applied change. */
        record AlreadyApplied() implements ApplyOutcome {}

        /** {@code available} was no longer {@code before}: someone else changed it; read again and retry. */
        record CountChanged() implements ApplyOutcome {}

        record UnknownProduct() implements ApplyOutcome {}
    }
}
