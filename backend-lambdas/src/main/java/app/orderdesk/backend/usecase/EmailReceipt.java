package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.ReceiptStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Workflow step 7: emails the receipt PDF to the customer once, then completes the order and records
 * its step in one write. It keeps its one read: only the record can tell a redelivery that the mail
 * already went ({@code emailSentAt}), and the mail needs the customer, which the state does not carry.
 */
public final class EmailReceipt {

    private final OrderRepository orders;
    private final ReceiptStore store;
    private final Mailer mailer;
    private final Clock clock;
    private final Supplier<StoreSettings> settings;

    public EmailReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock) {
        this(orders, store, mailer, clock, () -> StoreSettings.DEFAULTS);
    }

    /** With the store's settings, read when each email is written (its name, money format, tax and footer). */
    public EmailReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock, Supplier<StoreSettings> settings) {
        this.orders = orders;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
        this.settings = settings;
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        String orderId = in.orderId();
        Order order = OrderLoader.load(orders, orderId);
        if (order.emailSentAt() != null) {
            return TaskResult.of(order);
        }
        if (order.receiptKey() == null) {
            throw new IllegalStateException("Order " + orderId + " has no receipt to email yet");
        }
        mailer.send(receiptEmail(order, store.get(order.receiptKey()), settings.get()));
        Instant now = clock.instant();
        if (!orders.update(OrderUpdate.moveTo(orderId, OrderStatus.COMPLETED, now).withEmailSentAt(now)
                .withSteps(List.of(in.succeeded(WorkflowSteps.EMAIL, now))))) {
            return TaskResult.of(OrderLoader.load(orders, orderId));
        }
        return TaskResult.of(orderId, CarriedOrder.of(order).withStatus(OrderStatus.COMPLETED));
    }

    static Mailer.Email receiptEmail(Order order, byte[] pdf, StoreSettings settings) {
        return ReceiptEmails.of(order, pdf, settings);
    }
}
