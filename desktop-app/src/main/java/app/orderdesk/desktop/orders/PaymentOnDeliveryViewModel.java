package app.orderdesk.desktop.orders;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentReceivedRequest;
import app.orderdesk.api.PaymentReceivedView;
import app.orderdesk.api.PaymentUndoneView;
import app.orderdesk.api.UndoPaymentReceivedRequest;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.order.CollectionMethodWords;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.order.OrderTrackingViewModel;
import app.orderdesk.desktop.order.StoreDates;
import app.orderdesk.desktop.shell.Notifications;
import app.orderdesk.desktop.ui.Messages;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The payment of the order in detail when it is paid on delivery: what the detail says about it, recording that the
 * customer paid (ADR 0071), and undoing a record made by mistake (ADR 0072). Support and managers do both; staff read.
 * Shares the detail's busy flag and message line, so one command at a time runs on the order shown.
 */
public final class PaymentOnDeliveryViewModel {

    /** An order paid on delivery whose payment can be recorded (ADR 0071): delivered, and something still owed. */
    private static final Set<OrderStatus> COLLECTABLE = Set.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED);

    static final int REASON_LIMIT = 200;

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Notifications notifications;
    private final OrderTrackingViewModel tracking;
    private final BooleanProperty busy;
    private final StringProperty message;
    private final BooleanBinding offersRecord;
    private final BooleanBinding offersUndo;
    private final StringBinding text;
    private final StringBinding recordDisabledReason;
    // What the record and undo dialogs were given for a request that failed, offered again (FX thread only).
    private final UnsentAnswer<TypedPayment> unsentRecord = new UnsentAnswer<>();
    private final UnsentAnswer<String> unsentUndo = new UnsentAnswer<>();
    private final BooleanBinding canRecord;
    private final BooleanBinding canUndo;

    PaymentOnDeliveryViewModel(ApiClient api, BackgroundExecutor executor, Notifications notifications,
                               OrderTrackingViewModel tracking, boolean mayRecord, BooleanProperty busy, StringProperty message) {
        this.api = api;
        this.executor = executor;
        this.notifications = notifications;
        this.tracking = tracking;
        this.busy = busy;
        this.message = message;
        var order = tracking.orderProperty();
        // Once a payment is recorded its button makes way for the one that undoes it (ADR 0072).
        offersRecord = Bindings.createBooleanBinding(
                () -> mayRecord && paidOnDelivery(order.get()) && order.get().paymentReceived() == null, order);
        offersUndo = Bindings.createBooleanBinding(
                () -> mayRecord && paidOnDelivery(order.get()) && order.get().paymentReceived() != null, order);
        text = Bindings.createStringBinding(() -> words(order.get()), order);
        recordDisabledReason = Bindings.createStringBinding(() -> order.get() != null && COLLECTABLE.contains(order.get().status())
                ? "" : Messages.text("detail.payment.notCollectable"), order);
        canRecord = offersRecord.and(recordDisabledReason.isEmpty()).and(busy.not());
        canUndo = offersUndo.and(busy.not());
    }

    private static boolean paidOnDelivery(OrderView order) {
        return order != null && order.paymentMethod() == app.orderdesk.api.PaymentMethod.ON_DELIVERY;
    }

    /**
     * What the detail says about the payment of an order paid on delivery: received (how, when, by whom, the note) or
     * still outstanding once delivered, with the record undone last if there was one; nothing for a card order, one
     * still running, or one fully credited (nothing owed).
     */
    static String words(OrderView order) {
        if (!paidOnDelivery(order)) {
            return "";
        }
        var received = order.paymentReceived();
        if (received != null) {
            String how = CollectionMethodWords.of(received.method());
            String when = StoreDates.dateTime(received.recordedAt());
            return received.note() == null || received.note().isBlank()
                    ? Messages.text("detail.payment.received", how, when, received.recordedBy())
                    : Messages.text("detail.payment.received.note", how, when, received.recordedBy(), received.note());
        }
        if (!COLLECTABLE.contains(order.status())) {
            return "";
        }
        PaymentUndoneView undone = order.paymentUndone();
        return undone == null ? Messages.text("detail.payment.outstanding")
                : Messages.text("detail.payment.outstanding.undone", CollectionMethodWords.of(undone.method()),
                        undone.recordedBy(), undone.undoneBy(), StoreDates.dateTime(undone.undoneAt()), undone.reason());
    }

    /**
     * What the undo dialog says of the record about to be undone: how, when, by whom and, when there is one, its note
     * (the note is often what tells support it was the wrong order, e.g. "paid by the neighbour").
     */
    static String undoRecordWords(PaymentReceivedView received) {
        String how = CollectionMethodWords.of(received.method());
        String when = StoreDates.dateTime(received.recordedAt());
        return received.note() == null || received.note().isBlank()
                ? Messages.text("detail.payment.undo.record", how, when, received.recordedBy())
                : Messages.text("detail.payment.undo.record.note", how, when, received.recordedBy(), received.note());
    }

    /** How the person said a payment was received: the record dialog's answer. */
    public record TypedPayment(CollectionMethod method, String note) {}

    /** What was typed for the order shown whose payment record failed, to offer again; null when there is none. */
    public TypedPayment paymentToRetry() {
        return unsentRecord.forOrder(orderId()).orElse(null);
    }

    /** The undo reason typed for the order shown whose undo failed, to offer again; "" when there is none. */
    public String undoReasonToRetry() {
        return unsentUndo.forOrder(orderId()).orElse("");
    }

    private String orderId() {
        OrderView order = tracking.orderProperty().get();
        return order == null ? null : order.orderId();
    }

    /** Records that the customer of the order on screen paid on delivery; the detail then shows how and when. */
    public void record(CollectionMethod method, String note) {
        OrderView order = tracking.orderProperty().get();
        if (order == null || method == null || !canRecord.get()) {
            return;
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        TypedPayment typed = new TypedPayment(method, note);
        String key = unsentRecord.requestKeyFor(order.orderId(), typed);
        run(() -> api.recordPaymentReceived(order.orderId(), new PaymentReceivedRequest(method.name(), trimmed), key),
                recorded -> Messages.text("detail.payment.recorded", recorded.orderNumber(),
                        Money.format(recorded.totalCents(), recorded.currency()), CollectionMethodWords.of(method)),
                "detail.payment.failed", unsentRecord, order.orderId(), typed, key);
    }

    /** Undoes the payment recorded for the order on screen, saying why; the detail then says it is not received. */
    public void undo(String reason) {
        OrderView order = tracking.orderProperty().get();
        if (order == null || reason == null || reason.isBlank() || !canUndo.get()) {
            return;
        }
        String key = unsentUndo.requestKeyFor(order.orderId(), reason);
        run(() -> api.undoPaymentReceived(order.orderId(), new UndoPaymentReceivedRequest(reason.strip()), key),
                undone -> Messages.text("detail.payment.undone", undone.orderNumber()),
                "detail.payment.undo.failed", unsentUndo, order.orderId(), reason, key);
    }

    /** Sends {@code call}; when it fails, {@code typed} is kept in {@code unsent} for the order's next try. */
    private <T> void run(java.util.concurrent.Callable<OrderView> call, java.util.function.Function<OrderView, String> done,
                         String failedKey, UnsentAnswer<T> unsent, String orderId, T typed, String requestKey) {
        busy.set(true);
        executor.submit(call, answered -> {
            unsent.sent();
            notifications.reachable(); // answered: the status bar's "unreachable" from an earlier failure goes
            busy.set(false);
            String words = done.apply(answered);
            message.set(words);
            notifications.info(words);
            tracking.showAnswer(answered); // the order as written: nothing else of it changed
        }, failure -> {
            busy.set(false);
            message.set(ErrorMessages.describe(failure));
            notifications.failure(Messages.text(failedKey), failure);
            // The key stays only while the request may have gone through (no usable answer); after a refusal the same
            // answer sent again is a new request, or it would be refused again by its own key for ever.
            unsent.keep(orderId, typed, app.orderdesk.desktop.client.ErrorMessages.isRetryable(failure) ? requestKey : null);
            tracking.rereadKeepingShown();
        });
    }

    /** True for support and managers on an order paid on delivery with nothing recorded: "Payment received…" shows. */
    public BooleanBinding offersRecordBinding() {
        return offersRecord;
    }

    public BooleanBinding canRecordBinding() {
        return canRecord;
    }

    public StringBinding recordDisabledReasonBinding() {
        return recordDisabledReason;
    }

    /** True for support and managers once a payment is recorded: "Undo payment record…" shows instead. */
    public BooleanBinding offersUndoBinding() {
        return offersUndo;
    }

    public BooleanBinding canUndoBinding() {
        return canUndo;
    }

    /** E.g. "Payment received: Cash, Dec 1, 2026, 10:12 AM (recorded by sue@…)"; "" when there is nothing to say. */
    public StringBinding textBinding() {
        return text;
    }
}
