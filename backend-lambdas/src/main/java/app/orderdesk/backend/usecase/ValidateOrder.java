package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderRepository;
import java.util.List;
import java.util.Map;

/**
 * Workflow step 1: checks the order's products are still sold. It writes nothing: its step is
 * carried in the state ({@code validated}) and recorded by SaveOrder's write. When the state carries
 * the lines (every execution PlaceOrder starts) it sends no request either: PlaceOrder priced those
 * very products from Inventory just before starting the workflow, and ReserveStock's conditional
 * write refuses a product that has gone since ({@code UnknownProduct}: the order is REJECTED as "no
 * longer sold", the same outcome this step used to give) — a second read here would only repeat the
 * first (issue 11). Only an execution started with the order id alone is checked here, from the
 * record and Inventory. An order that ended meanwhile (cancelled) is stopped by SaveOrder's
 * conditional write.
 */
public final class ValidateOrder {

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    public ValidateOrder(OrderRepository orders, InventoryRepository inventory) {
        this.orders = orders;
        this.inventory = inventory;
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        CarriedOrder facts = in.facts();
        if (facts == null) {
            Order order = OrderLoader.load(orders, in.orderId());
            OrderLoader.requireNotEnded(order);
            if (order.status() != OrderStatus.RECEIVED) {
                return TaskResult.of(order);
            }
            facts = CarriedOrder.of(order);
            requireProductsSold(facts.lines());
        }
        // No end time here: the answer must be the same on a redelivery; SaveOrder, entered when this
        // step ended, sets it when it records the step.
        return TaskResult.of(in.orderId(), facts.withStatus(OrderStatus.RECEIVED)).withValidated(in.started(WorkflowSteps.VALIDATE));
    }

    private void requireProductsSold(List<CarriedOrder.Line> lines) {
        Map<String, Product> products = inventory.findProducts(lines.stream().map(CarriedOrder.Line::productId).toList());
        for (CarriedOrder.Line line : lines) {
            if (!products.containsKey(line.productId())) {
                throw new OrderRejectedException(ReasonCode.of(ReasonCode.PRODUCT_NOT_SOLD, "sku", line.sku(), "name", line.name()),
                        "Product " + line.label() + " is no longer sold");
            }
        }
    }
}
