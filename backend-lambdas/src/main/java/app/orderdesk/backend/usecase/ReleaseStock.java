package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.util.Optional;

/**
 * Compensation: gives back every reservation of the order (each exactly once) and ends it as
 * PAYMENT_DECLINED or FAILED with a plain-words reason.
 */
public final class ReleaseStock {

    static final String PAID_BUT_FAILED = "Payment was taken but a later step failed; support must complete or refund the order";

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final Clock clock;

    public ReleaseStock(OrderRepository orders, InventoryRepository inventory, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.clock = clock;
    }

    public TaskResult execute(String orderId, String outcome, WorkflowError error) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return TaskResult.missing(orderId);
        }
        Order order = found.get();
        if (order.status().isFinal()) {
            return TaskResult.of(order);
        }
        OrderStatus target = "PAYMENT_DECLINED".equals(outcome) ? OrderStatus.PAYMENT_DECLINED : OrderStatus.FAILED;
        String reason = FailureReasons.describe(error);
        if (order.isPaid()) {
            // Money was taken: keep the stock for this customer (no oversell) and let support decide.
            target = OrderStatus.FAILED;
            reason = PAID_BUT_FAILED;
        } else {
            for (OrderLine line : order.lines()) {
                inventory.release(line.productId(), orderId);
            }
        }
        orders.update(OrderUpdate.moveTo(orderId, target, clock.instant()).withReason(reason));
        return TaskResult.of(OrderLoader.reload(orders, order));
    }
}
