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

    /**
     * Adds the movement's {@code delta} to {@code available} and parks the movement, in one relative
     * conditional write ({@code available = available + delta}; for a decrease only while
     * {@code available >= -delta}); the count before comes back from that same write, so no read
     * precedes it and a concurrent sale can never make it fail. The movement's before/after are
     * ignored on input and filled in on {@link DeltaOutcome.Applied}.
     */
    DeltaOutcome applyDelta(StockMovement movement);

    /** Movements applied to the count but not yet settled, oldest first. */
    List<StockMovement> pending(String productId);

    /** Removes the parked movement (after it was recorded); harmless when already gone. */
    void settle(String productId, String movementId);

    /** What one relative apply did. */
    sealed interface DeltaOutcome {
        /** Applied; {@code movement} carries the before and after read from the write itself. */
        record Applied(StockMovement movement) implements DeltaOutcome {}

        /** This movement id is already parked on the item: a retry of an applied change. */
        record AlreadyApplied() implements DeltaOutcome {}

        /** A decrease larger than what is available; nothing changed. */
        record Insufficient(long available) implements DeltaOutcome {}

        record UnknownProduct() implements DeltaOutcome {}
    }

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
