package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import java.util.Map;

/** Workflow step 1: checks the stored order can still be sold (it exists, is RECEIVED, its products exist). */
public final class ValidateOrder {

    private final OrderRepository orders;
    private final InventoryRepository inventory;

    public ValidateOrder(OrderRepository orders, InventoryRepository inventory) {
        this.orders = orders;
        this.inventory = inventory;
    }

    public TaskResult execute(String orderId) {
        Order order = OrderLoader.load(orders, orderId);
        OrderLoader.requireNotEnded(order);
        if (order.status() != OrderStatus.RECEIVED) {
            return TaskResult.of(order);
        }
        Map<String, Product> products = inventory.findProducts(order.lines().stream().map(OrderLine::productId).toList());
        for (OrderLine line : order.lines()) {
            if (!products.containsKey(line.productId())) {
                throw new OrderRejectedException("Product " + line.label() + " is no longer sold");
            }
        }
        return TaskResult.of(order);
    }
}
