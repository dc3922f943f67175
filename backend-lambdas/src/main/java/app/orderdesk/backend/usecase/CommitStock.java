package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.StockMovementRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Workflow step 5 ("UpdateInventory"): makes the paid order's reservations final — the stock was
 * already deducted when reserved — and writes one SALE movement per line.
 */
public final class CommitStock {

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final StockMovementRepository movements;
    private final Clock clock;

    public CommitStock(OrderRepository orders, InventoryRepository inventory, StockMovementRepository movements, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.movements = movements;
        this.clock = clock;
    }

    public TaskResult execute(String orderId) {
        Order order = OrderLoader.load(orders, orderId);
        if (order.status().hasReached(OrderStatus.FULFILLED)) {
            return TaskResult.of(order);
        }
        if (order.status() != OrderStatus.PAID) {
            throw new IllegalStateException("Order " + orderId + " is " + order.status() + "; only a paid order's stock is committed");
        }
        Instant now = clock.instant();
        for (OrderLine line : order.lines()) {
            // Movement first: if we crash after it, the redelivery finds it written and the reservation still to drop.
            movements.record(StockMovement.sale(order, line, now));
            inventory.commit(line.productId(), orderId);
        }
        orders.update(OrderUpdate.moveTo(orderId, OrderStatus.FULFILLED, now));
        return TaskResult.of(OrderLoader.reload(orders, order));
    }
}
