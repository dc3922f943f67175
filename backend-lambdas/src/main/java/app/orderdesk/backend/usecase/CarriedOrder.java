package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the workflow carries in its state from one step to the next, so a step need not read the
 * order record to learn it: the order's number, total, creation time, the status the previous step
 * left it in, and its lines (product and quantity). No customer data and no payment token: those
 * stay in the record, read (or returned by a write) only by the steps that need them. PlaceOrder
 * starts the execution with it; every task answers it with the status it wrote.
 */
public record CarriedOrder(String orderNumber, long totalCents, Instant createdAt, OrderStatus status, List<Line> lines) {

    /** One order line as the stock steps need it; {@code label} names it for support ("Blue Mug (SKU MUG-BLU)"). */
    public record Line(String productId, int quantity, String label) {

        /** The SKU inside {@link app.orderdesk.backend.domain.OrderLine#label()} ("Blue Mug (SKU MUG-BLU)"), or the label. */
        public String sku() {
            int at = label == null ? -1 : label.lastIndexOf(" (SKU ");
            return at < 0 || !label.endsWith(")") ? label : label.substring(at + 6, label.length() - 1);
        }

        /** The product's name inside the label, or the label. */
        public String name() {
            int at = label == null ? -1 : label.lastIndexOf(" (SKU ");
            return at < 0 ? label : label.substring(0, at);
        }
    }

    public CarriedOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static CarriedOrder of(Order order) {
        return new CarriedOrder(order.orderNumber(), order.total().cents(), order.createdAt(), order.status(),
                order.lines().stream().map(CarriedOrder::line).toList());
    }

    /** True when the state holds enough to act on without reading the record. */
    public boolean isComplete() {
        return orderNumber != null && createdAt != null && !lines.isEmpty();
    }

    CarriedOrder withStatus(OrderStatus next) {
        return new CarriedOrder(orderNumber, totalCents, createdAt, next, lines);
    }

    static Line line(OrderLine line) {
        return new Line(line.productId(), line.quantity(), line.label());
    }
}
