package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.util.Set;

/** Workflow step 2: records that the workflow accepted the order ({@code acceptedAt}); the status stays RECEIVED. */
public final class SaveOrder {

    private final OrderRepository orders;
    private final Clock clock;

    public SaveOrder(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public TaskResult execute(String orderId) {
        Order order = OrderLoader.load(orders, orderId);
        OrderLoader.requireNotEnded(order);
        if (order.acceptedAt() != null || order.status() != OrderStatus.RECEIVED) {
            return TaskResult.of(order);
        }
        var now = clock.instant();
        var update = new OrderUpdate(orderId, Set.of(OrderStatus.RECEIVED), null, null, null, null, null, now, now);
        orders.update(update);
        return TaskResult.of(OrderLoader.reload(orders, order));
    }
}
