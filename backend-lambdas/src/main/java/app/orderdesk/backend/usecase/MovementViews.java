package app.orderdesk.backend.usecase;

import app.orderdesk.api.StockMovementView;
import app.orderdesk.backend.domain.StockMovement;

/** Maps stock movements to the API's view. */
final class MovementViews {

    private MovementViews() {}

    static StockMovementView toView(StockMovement m) {
        return new StockMovementView(m.productId(), m.movementId(), m.reason(), m.delta(), m.before(), m.after(),
                m.actor(), m.note(), m.at());
    }
}
