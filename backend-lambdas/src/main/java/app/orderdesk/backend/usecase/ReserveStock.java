package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.ReserveOutcome;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.util.List;

/**
 * Workflow step 3: reserves every line's stock with one conditional write per item; when a line is
 * short it gives back the lines already reserved for this order and rejects the order. The move to
 * RESERVED is conditional on RECEIVED, so an order cancelled meanwhile gets its stock back.
 */
public final class ReserveStock {

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final Clock clock;

    public ReserveStock(OrderRepository orders, InventoryRepository inventory, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.clock = clock;
    }

    public TaskResult execute(String orderId) {
        Order order = OrderLoader.load(orders, orderId);
        OrderLoader.requireNotEnded(order);
        if (order.status().hasReached(OrderStatus.RESERVED)) {
            return TaskResult.of(order);
        }
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            ReserveOutcome outcome = inventory.reserve(line.productId(), orderId, line.quantity());
            String shortage = switch (outcome) {
                case ReserveOutcome.Reserved r -> null;
                case ReserveOutcome.AlreadyReserved r -> null;
                case ReserveOutcome.Insufficient s -> "Out of stock: " + line.label() + " has " + s.available()
                        + ", " + line.quantity() + " requested";
                case ReserveOutcome.UnknownProduct u -> "Product " + line.label() + " is no longer sold";
            };
            if (shortage != null) {
                releaseLines(orderId, lines.subList(0, i));
                reject(order, shortage);
            }
        }
        if (!orders.update(OrderUpdate.moveTo(orderId, OrderStatus.RESERVED, clock.instant()))) {
            Order now = OrderLoader.reload(orders, order);
            if (!now.status().hasReached(OrderStatus.RESERVED)) {
                // Cancelled (or ended) while we reserved: the canceller may have released before we
                // reserved, so give back everything held for this order; releases are conditional, so
                // each reservation comes back exactly once whoever gets there first.
                releaseLines(orderId, lines);
                OrderLoader.requireNotEnded(now);
                throw new OrderRejectedException("Order " + orderId + " is " + now.status() + "; stock was not reserved");
            }
            return TaskResult.of(now);
        }
        return TaskResult.of(OrderLoader.reload(orders, order));
    }

    private void releaseLines(String orderId, List<OrderLine> reserved) {
        for (OrderLine line : reserved) {
            inventory.release(line.productId(), orderId);
        }
    }

    private void reject(Order order, String reason) {
        orders.update(OrderUpdate.moveTo(order.orderId(), OrderStatus.REJECTED, clock.instant()).withReason(reason));
        throw new OrderRejectedException(reason);
    }
}
