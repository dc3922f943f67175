package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;

/** Renders an order's receipt document. */
public interface ReceiptRenderer {
    byte[] render(Order order);
}
