package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.ReceiptRenderer;
import app.orderdesk.backend.port.ReceiptSources;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Workflow step 6: renders the receipt PDF of a fulfilled order and stores it under
 * {@code receipts/<orderId>.pdf}, then moves the order to RECEIPT_READY, recording its step and
 * SendNotification's (a direct SNS integration with no task of its own) in the same write. It keeps
 * its one read: the receipt shows the customer and the lines, which the workflow state does not carry
 * (no customer data in execution histories), and the read tells a redelivery the PDF is already
 * stored, so it is not written twice. The store's settings for the header and footer come in the same
 * request ({@link ReceiptSources}).
 */
public final class GenerateReceipt {

    private final OrderRepository orders;
    private final ReceiptSources sources;
    private final ReceiptRenderer renderer;
    private final ReceiptStore store;
    private final Clock clock;

    /** The order read alone; the renderer uses its own settings. */
    public GenerateReceipt(OrderRepository orders, ReceiptRenderer renderer, ReceiptStore store, Clock clock) {
        this(orders, orderId -> orders.find(orderId).map(order -> new ReceiptSources.Sources(order, null)), renderer, store, clock);
    }

    /** The order and the store's settings read together ({@code sources}); {@code orders} for the write. */
    public GenerateReceipt(OrderRepository orders, ReceiptSources sources, ReceiptRenderer renderer, ReceiptStore store, Clock clock) {
        this.orders = orders;
        this.sources = sources;
        this.renderer = renderer;
        this.store = store;
        this.clock = clock;
    }

    public static String receiptKey(String orderId) {
        return "receipts/" + orderId + ".pdf";
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        String orderId = in.orderId();
        ReceiptSources.Sources read = OrderLoader.loadWithSettings(sources, orderId);
        Order order = read.order();
        if (order.receiptKey() != null && order.status().hasReached(OrderStatus.RECEIPT_READY)) {
            return TaskResult.of(order);
        }
        if (!order.status().hasReached(OrderStatus.FULFILLED)) {
            throw new IllegalStateException("Order " + orderId + " is " + order.status() + "; receipts are made for fulfilled orders");
        }
        String key = receiptKey(orderId);
        // Rendering is deterministic for a given order, so overwriting the object on a redelivery is harmless.
        store.put(key, read.settings() == null ? renderer.render(order) : renderer.render(order, read.settings()));
        Instant now = clock.instant();
        List<WorkflowStep> steps = new ArrayList<>();
        if (in.notification() != null) {
            steps.add(in.notification());
        }
        steps.add(in.succeeded(WorkflowSteps.RECEIPT, now));
        if (!orders.update(OrderUpdate.moveTo(orderId, OrderStatus.RECEIPT_READY, now).withReceiptKey(key).withSteps(steps))) {
            return TaskResult.of(OrderLoader.load(orders, orderId));
        }
        return TaskResult.of(orderId, CarriedOrder.of(order).withStatus(OrderStatus.RECEIPT_READY));
    }
}
