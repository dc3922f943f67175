package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.StockMovementRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Workflow step 5 ("UpdateInventory"): makes the paid order's reservations final — the stock was
 * already deducted when reserved — and writes one SALE movement per line, then moves the order to
 * FULFILLED (recording the step) in one conditional write. Lines, number and creation time come
 * from the state ProcessPayment answered (status PAID); the record is read only when the state does
 * not carry a paid order or the final write is refused. Movements have deterministic ids and a
 * commit drops the reservation at most once, so a redelivery writes nothing new.
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
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        String orderId = OrderLoader.requireId(in.orderId());
        CarriedOrder facts = in.facts();
        if (facts == null || facts.status() != OrderStatus.PAID) {
            Order order = OrderLoader.load(orders, orderId);
            if (order.status().hasReached(OrderStatus.FULFILLED)) {
                return TaskResult.of(order);
            }
            if (order.status() != OrderStatus.PAID) {
                throw new IllegalStateException("Order " + orderId + " is " + order.status() + "; only a paid order's stock is committed");
            }
            facts = CarriedOrder.of(order);
        }
        Instant now = clock.instant();
        for (CarriedOrder.Line line : facts.lines()) {
            // Movement first: if we crash after it, the redelivery finds it written and the reservation still to drop.
            movements.record(StockMovement.sale(orderId, facts.orderNumber(), facts.createdAt(), line.productId(), line.quantity(), now));
            inventory.commit(line.productId(), orderId);
        }
        var fulfilled = OrderUpdate.moveTo(orderId, OrderStatus.FULFILLED, now).withSteps(List.of(in.succeeded(WorkflowSteps.COMMIT, now)));
        if (!orders.update(fulfilled)) {
            Order stored = OrderLoader.load(orders, orderId);
            if (!stored.status().hasReached(OrderStatus.FULFILLED)) {
                throw new IllegalStateException("Order " + orderId + " is " + stored.status() + "; only a paid order's stock is committed");
            }
            return TaskResult.of(stored);
        }
        return TaskResult.of(orderId, facts.withStatus(OrderStatus.FULFILLED));
    }
}
