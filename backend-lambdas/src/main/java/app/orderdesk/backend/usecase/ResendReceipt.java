package app.orderdesk.backend.usecase;

import app.orderdesk.api.ResendReceiptResponse;
import app.orderdesk.backend.domain.ContactRules;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.ReceiptRenderer;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.domain.StoreSettings;
import java.time.Clock;
import java.util.function.Supplier;
import java.time.Instant;

/**
 * POST /orders/{id}/receipt/email: sends the stored receipt again, now, to the customer or to a
 * corrected address. The order itself is not changed (its status and emailSentAt stay as they are),
 * except for one the workflow left for follow-up: a paid order whose receipt step finally failed gets its receipt
 * made now (with a renderer), and an order whose receipt was never emailed is completed once it is (session 33).
 */
public final class ResendReceipt {

    private final OrderRepository orders;
    private final ReceiptStore store;
    private final Mailer mailer;
    private final Clock clock;
    private final ReceiptRenderer renderer;
    private final Supplier<StoreSettings> settings;
    private final RecordOrderOutcome outcomes;

    public ResendReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock) {
        this(orders, store, mailer, clock, null);
    }

    /** With a renderer, a fulfilled order whose receipt was never made (flagged for follow-up) gets it made on resend. */
    public ResendReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock, ReceiptRenderer renderer) {
        this(orders, store, mailer, clock, renderer, () -> StoreSettings.DEFAULTS);
    }

    /** And the store's settings for the email's name, money format, tax and footer. */
    public ResendReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock, ReceiptRenderer renderer,
                         Supplier<StoreSettings> settings) {
        this(orders, store, mailer, clock, renderer, settings, null);
    }

    /**
     * And {@code outcomes} (may be null: nothing counted), which counts an order this resend completes in the day's
     * totals, as the workflow's EmailReceipt step would have.
     */
    public ResendReceipt(OrderRepository orders, ReceiptStore store, Mailer mailer, Clock clock, ReceiptRenderer renderer,
                         Supplier<StoreSettings> settings, RecordOrderOutcome outcomes) {
        this.orders = orders;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
        this.renderer = renderer;
        this.settings = settings;
        this.outcomes = outcomes;
    }

    public ResendReceiptResponse execute(String orderId, String email) {
        String id = OrderIds.require(orderId);
        String override = null;
        if (email != null) {
            if (!ContactRules.isValidEmail(email.trim())) {
                throw new ValidationFailedException("email", "not a valid email address");
            }
            override = ContactRules.normaliseEmail(email);
        }
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        boolean settled = order.isPaid() || order.paidOnDelivery();
        if (order.receiptKey() == null && renderer != null && settled && order.status().hasReached(OrderStatus.FULFILLED)) {
            // The workflow's receipt step gave up: make the receipt now, exactly as GenerateReceipt would have.
            String key = GenerateReceipt.receiptKey(id);
            store.put(key, renderer.render(order));
            orders.update(OrderUpdate.moveTo(id, OrderStatus.RECEIPT_READY, clock.instant()).withReceiptKey(key));
            order = OrderLoader.reload(orders, order);
        }
        if (order.receiptKey() == null) {
            throw new ConflictException("RECEIPT_NOT_READY",
                    "The receipt of order " + order.orderNumber() + " is not ready yet; try again once the order is paid and fulfilled");
        }
        Mailer.Email receipt = EmailReceipt.receiptEmail(order, store.get(order.receiptKey()), settings.get());
        String to = override != null ? override : receipt.to();
        mailer.send(new Mailer.Email(to, receipt.subject(), receipt.textBody(), receipt.attachments(), receipt.htmlBody()));
        Instant sentAt = clock.instant();
        if (order.status() == OrderStatus.RECEIPT_READY && order.emailSentAt() == null) {
            completeWhatTheWorkflowLeft(order, sentAt);
        }
        return new ResendReceiptResponse(id, to, sentAt);
    }

    /**
     * The receipt the workflow could not send has gone now: the order is completed as its EmailReceipt step would have
     * done it — one conditional write from RECEIPT_READY with the step and the time sent (the follow-up note goes with
     * the completion) — and counted in the day's totals. Before, it stayed "Receipt ready" with "resend it" after the
     * resend, on the Attention list, and out of the day's completed orders and revenue for good (audit, session 33).
     * A workflow still retrying its step finds the email sent and sends no other; counting is once per order.
     */
    private void completeWhatTheWorkflowLeft(Order order, Instant sentAt) {
        boolean completed = orders.update(OrderUpdate.moveTo(order.orderId(), OrderStatus.COMPLETED, sentAt).withEmailSentAt(sentAt)
                .withSteps(java.util.List.of(app.orderdesk.backend.domain.WorkflowStep.succeeded(WorkflowSteps.EMAIL, 1, sentAt, sentAt))));
        if (completed && outcomes != null) {
            outcomes.execute(order, OrderStatus.COMPLETED);
        }
    }
}
