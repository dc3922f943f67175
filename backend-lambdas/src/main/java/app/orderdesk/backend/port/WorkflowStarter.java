package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;

/** Starts the order workflow; starting twice for the same order is harmless. */
public interface WorkflowStarter {
    void start(String orderId);

    /**
     * Starts it with what the first steps need already in its state (number, total, creation time,
     * lines: product, quantity, label — no customer data, no payment token), so they need not read
     * the order record. The input is made from the stored order alone, so a repeated start is the same.
     */
    default void start(Order order) {
        start(order.orderId());
    }
}
