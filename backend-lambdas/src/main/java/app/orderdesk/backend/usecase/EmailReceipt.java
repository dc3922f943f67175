package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.ReceiptSources;
import app.orderdesk.backend.port.ReceiptStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Workflow step 7: emails the receipt PDF to the customer once, then completes the order and records
 * its step in one write. It keeps its one read: only the record can tell a redelivery that the mail
 * already went ({@code emailSentAt}), and the mail needs the customer, which the state does not carry.
 * That read brings the store's settings in the same request ({@link ReceiptSources}), and with the
 * status the conditional write set it is also what the order's end is counted from ({@link #run}), so
 * the count needs no read of its own.
 */
public final class EmailReceipt {

    private final OrderRepository orders;
    private final ReceiptSources sources;
    private final ReceiptStore store;
    private final Mailer mailer;
    private final Clock clock;

    public EmailReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock) {
        this(orders, store, mailer, clock, () -> StoreSettings.DEFAULTS);
    }

    /** With the store's settings, read when each email is written (its name, money format, tax and footer). */
    public EmailReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock, Supplier<StoreSettings> settings) {
        this(orders, ReceiptSources.separately(orders, settings), store, mailer, clock);
    }

    /** The order and the store's settings read together ({@code sources}); {@code orders} for the write. */
    public EmailReceipt(OrderRepository orders, ReceiptSources sources, ReceiptStore store, Mailer mailer, Clock clock) {
        this.orders = orders;
        this.sources = sources;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    public TaskResult execute(StepInput in) {
        return run(in).result();
    }

    /**
     * The step's answer and the record it rests on — read by this step, its status being the one the
     * step wrote or found — so the order's end is counted without reading the order again.
     */
    public record Done(TaskResult result, Order record) {}

    public Done run(StepInput in) {
        return run(in, null);
    }

    /**
     * {@code claimant} is the workflow execution (null: this call alone). The workflow is EXPRESS, at least
     * once, so two executions of one order can reach this step together and both read "not sent": before
     * sending, a conditional mark on the order ({@code emailClaim}) lets one execution send — a retry of
     * that execution may send again — and the other answers what is stored and sends nothing (ADR 0018).
     * A crash between the mark and the send loses that email (support can resend) rather than sending two.
     */
    public Done run(StepInput in, String claimant) {
        String orderId = in.orderId();
        ReceiptSources.Sources read = OrderLoader.loadWithSettings(sources, orderId);
        Order order = read.order();
        if (order.emailSentAt() != null) {
            return new Done(TaskResult.of(order), order);
        }
        if (order.receiptKey() == null) {
            throw new IllegalStateException("Order " + orderId + " has no receipt to email yet");
        }
        String who = claimant != null ? claimant : "call-" + UUID.randomUUID();
        if (!orders.claimEmail(orderId, who, clock.instant())) {
            return new Done(TaskResult.of(order), order); // another execution sends it (or sent it)
        }
        mailer.send(receiptEmail(order, store.get(order.receiptKey()), read.settings()));
        Instant now = clock.instant();
        if (!orders.update(OrderUpdate.moveTo(orderId, OrderStatus.COMPLETED, now).withEmailSentAt(now)
                .withSteps(List.of(in.succeeded(WorkflowSteps.EMAIL, now))))) {
            Order stored = OrderLoader.load(orders, orderId);
            return new Done(TaskResult.of(stored), stored);
        }
        return new Done(TaskResult.of(orderId, CarriedOrder.of(order).withStatus(OrderStatus.COMPLETED)), order);
    }

    static Mailer.Email receiptEmail(Order order, byte[] pdf, StoreSettings settings) {
        return ReceiptEmails.of(order, pdf, settings);
    }
}
