package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.StoreSettings;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a receipt and its email are made from — the order and the store's settings — read together:
 * one request where the store reads two tables at once (issue 11: GenerateReceipt and EmailReceipt each
 * read both, one request apiece).
 */
public interface ReceiptSources {

    /** Empty when there is no such order; the settings are the defaults until a manager saves them. */
    Optional<Sources> find(String orderId);

    /** The order as stored and the store's settings, read at the same moment. */
    record Sources(Order order, StoreSettings settings) {}

    /** The two ports, one read each: for fakes, tests, and stores that cannot read two tables at once. */
    static ReceiptSources separately(OrderRepository orders, Supplier<StoreSettings> settings) {
        return orderId -> orders.find(orderId).map(order -> new Sources(order, settings.get()));
    }
}
