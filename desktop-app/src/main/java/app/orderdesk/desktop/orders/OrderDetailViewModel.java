package app.orderdesk.desktop.orders;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.order.OrderTrackingViewModel;
import app.orderdesk.desktop.order.ReceiptRenderer;
import app.orderdesk.desktop.refunds.CreditNotesViewModel;
import app.orderdesk.desktop.refunds.RefundViewModel;
import app.orderdesk.desktop.shell.Notifications;
import app.orderdesk.desktop.ui.Messages;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One order in detail: what {@link OrderTrackingViewModel} follows live (status, timeline, receipt)
 * plus the commands a role may use on it — resend the receipt (support, managers) and cancel
 * (managers, before payment only) and refund (support, managers; completed orders); for an order paid on
 * delivery, {@link PaymentOnDeliveryViewModel} records that its payment was received or undoes such a record.
 */
public final class OrderDetailViewModel {

    static String resendNotAllowed() {
        return Messages.text("detail.resend.notAllowed");
    }

    static String receiptNotReady() {
        return Messages.text("detail.resend.notReady");
    }

    static String cancelNotAllowed() {
        return Messages.text("detail.cancel.notAllowed");
    }

    static String cancelTooLate() {
        return Messages.text("detail.cancel.tooLate");
    }

    private static final Set<OrderStatus> CANCELLABLE = Set.of(OrderStatus.RECEIVED, OrderStatus.RESERVED);

    static String refundNotAllowed() {
        return Messages.text("detail.refund.notAllowed");
    }

    static String refundNotCompleted() {
        return Messages.text("detail.refund.notCompleted");
    }

    static String refundNothingLeft() {
        return Messages.text("detail.refund.nothingLeft");
    }

    private static final Set<OrderStatus> REFUNDABLE = Set.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED);

    private final OrderTrackingViewModel tracking;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canResend;
    private final StringBinding resendDisabledReason;
    private final BooleanBinding canCancel;
    private final StringBinding cancelDisabledReason;
    private final boolean mayRefund;
    private final StringBinding refundDisabledReason;
    private final BooleanBinding canRefund;
    private final CreditNotesViewModel creditNotes;
    private final PaymentOnDeliveryViewModel payment;
    // What the cancel and resend dialogs were given for a request that failed, offered again (FX thread only).
    private final UnsentAnswer<String> unsentCancel = new UnsentAnswer<>();
    private final UnsentAnswer<String> unsentResendTo = new UnsentAnswer<>();

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Notifications notifications;

    public OrderDetailViewModel(ApiClient api, BackgroundExecutor executor, ReceiptRenderer renderer,
                                Notifications notifications, boolean mayResend, boolean mayCancel) {
        // Refunds are for the roles that may resend receipts: support and managers.
        this(api, executor, renderer, notifications, mayResend, mayCancel, mayResend);
    }

    public OrderDetailViewModel(ApiClient api, BackgroundExecutor executor, ReceiptRenderer renderer,
                                Notifications notifications, boolean mayResend, boolean mayCancel, boolean mayRefund) {
        this.api = api;
        this.mayRefund = mayRefund;
        this.executor = executor;
        this.notifications = notifications;
        this.tracking = new OrderTrackingViewModel(api, executor, renderer);
        resendDisabledReason = Bindings.createStringBinding(() -> {
            if (!mayResend) {
                return resendNotAllowed();
            }
            OrderView order = tracking.orderProperty().get();
            return order == null || !order.receiptAvailable() ? receiptNotReady() : "";
        }, tracking.orderProperty());
        canResend = resendDisabledReason.isEmpty().and(busy.not());
        cancelDisabledReason = Bindings.createStringBinding(() -> {
            if (!mayCancel) {
                return cancelNotAllowed();
            }
            OrderStatus status = tracking.statusProperty().get();
            return status == null || !CANCELLABLE.contains(status) ? cancelTooLate() : "";
        }, tracking.statusProperty());
        canCancel = cancelDisabledReason.isEmpty().and(busy.not());
        refundDisabledReason = Bindings.createStringBinding(() -> {
            if (!mayRefund) {
                return refundNotAllowed();
            }
            OrderStatus status = tracking.statusProperty().get();
            if (status == OrderStatus.REFUNDED) {
                return refundNothingLeft();
            }
            return status == null || !REFUNDABLE.contains(status) ? refundNotCompleted() : "";
        }, tracking.statusProperty());
        canRefund = refundDisabledReason.isEmpty().and(busy.not());
        creditNotes = new CreditNotesViewModel(api, executor, tracking.orderProperty());
        // Payments on delivery are recorded (and undone) by the roles that refund: support and managers (ADR 0071, 0072).
        payment = new PaymentOnDeliveryViewModel(api, executor, notifications, tracking, mayRefund, busy, message);
    }

    /** A Refund dialog's model for the order on screen; null when it cannot be refunded now. */
    public RefundViewModel newRefund() {
        OrderView order = tracking.orderProperty().get();
        if (order == null || !canRefund.get()) {
            return null;
        }
        RefundViewModel refund = new RefundViewModel(api, executor, order);
        refund.setOnRefunded(done -> {
            String amount = app.orderdesk.desktop.order.Money.format(done.amountCents(), done.currency());
            // paid on delivery: no money went back to a card, the amount comes off the invoice (ADR 0068)
            String words = !"CREDITED".equals(done.state()) ? "detail.refunded"
                    : order.paymentReceived() != null ? "detail.credited.paid" : "detail.credited"; // ADR 0071: it was paid
            String text = done.followUp() == null ? Messages.text(words, amount)
                    : Messages.text(words + ".followUp", amount, done.followUp());
            message.set(text);
            notifications.info(text);
            tracking.refresh();
        });
        return refund;
    }

    /** Shows the order and follows it while it runs. */
    public void open(String orderId) {
        message.set("");
        tracking.follow(orderId);
    }

    /** Emails the receipt again to the order's address. */
    public void resendReceipt() {
        resendReceipt(null);
    }

    /**
     * Emails the receipt again: to {@code to} when it is another address than the customer's (a corrected or second
     * address; the order keeps its own), else to the order's address. An address that is not one sends nothing.
     */
    public void resendReceipt(String to) {
        String id = tracking.orderId();
        if (id == null || !canResend.get()) {
            return;
        }
        boolean another = to != null && !to.isBlank() && !isTheCustomers(to, customerEmail());
        if (another && !app.orderdesk.desktop.order.EmailRule.isValid(to)) {
            message.set(Messages.text("order.customer.email.invalid"));
            return;
        }
        String override = another ? to.strip() : null;
        busy.set(true);
        message.set(Messages.text("detail.resend.sending"));
        executor.submit(() -> api.resendReceipt(id, override), sent -> {
            unsentResendTo.sent();
            notifications.reachable();
            busy.set(false);
            String text = Messages.text("detail.resend.sent", sent.sentTo());
            message.set(text);
            notifications.info(text);
        }, failure -> {
            busy.set(false);
            message.set(ErrorMessages.describe(failure));
            notifications.failure(Messages.text("detail.resend.failed"), failure);
            if (override != null) {
                unsentResendTo.keep(id, override);
            }
        });
    }

    /** The other address typed for the order shown whose resend failed, to offer again; null when there is none. */
    public String resendToToRetry() {
        return unsentResendTo.forOrder(tracking.orderId()).orElse(null);
    }

    /** The customer's email on the order shown; null when none is shown. */
    public String customerEmail() {
        OrderView order = tracking.orderProperty().get();
        return order == null || order.customer() == null ? null : order.customer().email();
    }

    /** Whether {@code typed} is the customer's address (as the server compares them: case and outer spaces aside). */
    static boolean isTheCustomers(String typed, String customerEmail) {
        return typed != null && customerEmail != null && typed.strip().equalsIgnoreCase(customerEmail.strip());
    }

    /** The reason typed for the order shown whose cancel failed, to offer again; "" when there is none. */
    public String cancelReasonToRetry() {
        return unsentCancel.forOrder(tracking.orderId()).orElse("");
    }

    /** Cancels an order that is not yet paid; the server releases its stock. */
    public void cancel(String reason) {
        String id = tracking.orderId();
        if (id == null || !canCancel.get()) {
            return;
        }
        busy.set(true);
        executor.submit(() -> api.cancelOrder(id, reason == null || reason.isBlank() ? null : reason.strip()), cancelled -> {
            unsentCancel.sent();
            notifications.reachable();
            busy.set(false);
            message.set(Messages.text("detail.cancelled", cancelled.orderNumber()));
            notifications.info(message.get());
            tracking.refresh();
        }, failure -> {
            busy.set(false);
            message.set(ErrorMessages.describe(failure));
            notifications.failure(Messages.text("detail.cancel.failed"), failure);
            unsentCancel.keep(id, reason);
            tracking.rereadKeepingShown();
        });
    }

    /** Stops following the order (detail closed, sign-out). */
    public void close() {
        tracking.clear();
    }

    public OrderTrackingViewModel tracking() {
        return tracking;
    }

    public BooleanBinding canResendBinding() {
        return canResend;
    }

    public StringBinding resendDisabledReasonBinding() {
        return resendDisabledReason;
    }

    public boolean mayRefund() {
        return mayRefund;
    }

    public BooleanBinding canRefundBinding() {
        return canRefund;
    }

    public StringBinding refundDisabledReasonBinding() {
        return refundDisabledReason;
    }

    public CreditNotesViewModel creditNotes() {
        return creditNotes;
    }

    /** The order's payment on delivery: what the detail says, recording it and undoing a record made by mistake. */
    public PaymentOnDeliveryViewModel payment() {
        return payment;
    }

    public BooleanBinding canCancelBinding() {
        return canCancel;
    }

    public StringBinding cancelDisabledReasonBinding() {
        return cancelDisabledReason;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Live updates for the order shown (see {@link OrderTrackingViewModel#useLiveUpdates}). */
    public void useLiveUpdates(app.orderdesk.desktop.live.LiveUpdates updates) {
        tracking.useLiveUpdates(updates);
    }
}
