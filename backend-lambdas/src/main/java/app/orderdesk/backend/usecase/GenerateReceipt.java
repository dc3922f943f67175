package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.ReceiptRenderer;
import app.orderdesk.backend.port.ReceiptStore;
import java.time.Clock;

/** Workflow step 6: renders the receipt PDF of a fulfilled order and stores it under {@code receipts/<orderId>.pdf}. */
public final class GenerateReceipt {

    private final OrderRepository orders;
    private final ReceiptRenderer renderer;
    private final ReceiptStore store;
    private final Clock clock;

    public GenerateReceipt(OrderRepository orders, ReceiptRenderer renderer, ReceiptStore store, Clock clock) {
        this.orders = orders;
        this.renderer = renderer;
        this.store = store;
        this.clock = clock;
    }

    public static String receiptKey(String orderId) {
        return "receipts/" + orderId + ".pdf";
    }

    public TaskResult execute(String orderId) {
        Order order = OrderLoader.load(orders, orderId);
        if (order.receiptKey() != null && order.status().hasReached(OrderStatus.RECEIPT_READY)) {
            return TaskResult.of(order);
        }
        if (!order.status().hasReached(OrderStatus.FULFILLED)) {
            throw new IllegalStateException("Order " + orderId + " is " + order.status() + "; receipts are made for fulfilled orders");
        }
        String key = receiptKey(orderId);
        // Rendering is deterministic for a given order, so overwriting the object on a redelivery is harmless.
        store.put(key, renderer.render(order));
        orders.update(OrderUpdate.moveTo(orderId, OrderStatus.RECEIPT_READY, clock.instant()).withReceiptKey(key));
        return TaskResult.of(OrderLoader.reload(orders, order));
    }
}
