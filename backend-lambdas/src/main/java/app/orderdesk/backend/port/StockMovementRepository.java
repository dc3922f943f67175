package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.StockMovement;

/** The audit trail of stock changes (who, when, why). */
public interface StockMovementRepository {

    /** Writes the movement unless one with the same product and movement id exists; false when it did. */
    boolean record(StockMovement movement);
}
