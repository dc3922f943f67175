package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.StoreSettings;

/** Renders an order's receipt document. */
public interface ReceiptRenderer {
    byte[] render(Order order);

    /** With the store's settings the caller already read (beside the order); by default the renderer's own. */
    default byte[] render(Order order, StoreSettings settings) {
        return render(order);
    }
}
