package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.ui.Messages;
import java.time.Duration;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Attention screen's state (support, managers): orders that need a person, with the failed step
 * and the reason in words, and the two ways out — retry from the failed step (redrive) or cancel and
 * release the stock. Both server routes are idempotent; the list reloads after each, and when a pushed change
 * concerns it (ADR 0074).
 */
public final class AttentionViewModel {

    static final int LIMIT = 50;
    /** An order sends several changes within a second (a hold writes its step, then the workflow ends): one read. */
    static final Duration PUSH_SETTLE = Duration.ofMillis(750);

    static String cancelReason() {
        return Messages.text("attention.cancel.reason");
    }

    private final ObservableList<AttentionItemView> items = FXCollections.observableArrayList();
    private final ObjectProperty<AttentionItemView> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRetry = Bindings.createBooleanBinding(
            () -> !busy.get() && selected.get() != null && "FAILED".equals(selected.get().kind()), busy, selected);
    private final BooleanBinding canCancel;

    private final BackOfficeApi backOffice;
    private final ApiClient api;
    private final BackgroundExecutor executor;
    /**
     * The newest reload wins, and only its answer ends "busy": with two in flight (Reload pressed twice, F5) the first
     * answer re-enabled Retry and Cancel while the second still ran (audit, session 33).
     */
    private final app.orderdesk.desktop.infra.LatestRequest reloads;
    private Cancellable pushed = Cancellable.NONE;
    private boolean loaded;
    /** The message says what was done or what to do (not the count): a reload for a push leaves it. */
    private boolean noteShown;

    /** {@code mayCancel}: the role may cancel orders (the cancel route is managers'). */
    public AttentionViewModel(BackOfficeApi backOffice, ApiClient api, BackgroundExecutor executor, boolean mayCancel) {
        this.backOffice = backOffice;
        this.api = api;
        this.executor = executor;
        this.reloads = new app.orderdesk.desktop.infra.LatestRequest(executor);
        this.canCancel = Bindings.createBooleanBinding(() -> mayCancel && !busy.get() && selected.get() != null
                && CANCELLABLE.contains(selected.get().status()), busy, selected);
        // An order with no way out here says what to do instead (walked, session 19: Cancel was offered for an order
        // that had ended, and the server refused it).
        selected.addListener((obs, was, now) -> {
            String hint = hint(now);
            if (hint != null) {
                say(hint, true);
            }
        });
    }

    /**
     * The orders the cancel route takes: not yet paid (a held order is one). One that ended after its compensation,
     * or a paid one waiting for its receipt, is refused there; its button is off.
     */
    static final java.util.Set<app.orderdesk.api.OrderStatus> CANCELLABLE =
            java.util.EnumSet.of(app.orderdesk.api.OrderStatus.RECEIVED, app.orderdesk.api.OrderStatus.RESERVED);

    /** What to do about an order neither button acts on, or null. */
    static String hint(AttentionItemView item) {
        if (item == null || !Messages.has("attention.hint." + item.kind())) {
            return null;
        }
        return Messages.text("attention.hint." + item.kind(), item.orderNumber());
    }

    public void load() {
        reload(null, false);
    }

    /**
     * A pushed order change, once the list was shown (ADR 0074: holds, retries, resumes and orders left for people
     * are pushed): an order on the list, or one that now has a reason for people (held, stopped, failed), reloads the
     * list once the burst settles — the order joins or leaves it without Reload. Other orders' steps do nothing.
     */
    public void onLiveUpdate(LiveUpdate update) {
        if (!loaded || update == null || !LiveUpdate.ORDER_STATUS.equals(update.type()) || update.orderId() == null) {
            return;
        }
        boolean listed = items.stream().anyMatch(item -> item.orderId().equals(update.orderId()));
        if (!listed && update.statusReason() == null) {
            return;
        }
        pushed.cancel();
        pushed = executor.schedule(PUSH_SETTLE, () -> reload(null, true));
    }

    /**
     * ADR 0075: pushes may have been missed (the socket down, or the list's topic only just subscribed): a list already
     * shown reloads quietly, as for a push — an order held meanwhile joins it without Reload.
     */
    public void catchUp() {
        if (loaded) {
            reload(null, true);
        }
    }

    /** Sign-out: a reload a push asked for is dropped, and pushes read nothing more. */
    public void stopFollowing() {
        loaded = false;
        pushed.cancel();
        pushed = Cancellable.NONE;
    }

    /**
     * Reloads the list; {@code note} (the outcome of an action) is shown instead of the count when given. A reload
     * for a push ({@code quiet}) leaves a note or hint shown, and is skipped while an action runs (it reloads after).
     */
    private void reload(String note, boolean quiet) {
        if (quiet && busy.get()) {
            return;
        }
        busy.set(true);
        reloads.submit(() -> backOffice.attention(LIMIT), loaded -> {
            busy.set(false);
            this.loaded = true;
            items.setAll(loaded); // the table keeps the chosen order chosen while it is listed (rows are equal by value)
            if (note != null) {
                say(note, true);
            } else if (!quiet || !noteShown) {
                say(loaded.isEmpty() ? Messages.text("attention.none") : Messages.text("attention.count", loaded.size()), false);
            }
        }, failure -> {
            busy.set(false);
            // Not a note that stays: walked, session 27 — a read polled during a DynamoDB outage said "could not be loaded"
            // above the list the next read had brought. A quiet read leaves an action's note shown.
            if (!quiet || !noteShown) {
                say(Messages.text("attention.loadFailed", ErrorMessages.describe(failure)), false);
            }
        });
    }

    /** Retries the selected FAILED order from the step that failed. */
    public void retrySelected() {
        AttentionItemView item = selected.get();
        if (item == null || !canRetry.get()) {
            return;
        }
        busy.set(true);
        executor.submit(() -> backOffice.redrive(item.orderId()), outcome -> {
            busy.set(false);
            reload(Messages.text("attention.retrying", item.orderNumber(), stepName(item), outcome.redriveCount()), false);
        }, failure -> {
            busy.set(false);
            say(Messages.text("attention.retryFailed", item.orderNumber(), ErrorMessages.describe(failure)), true);
        });
    }

    /** Cancels the selected order and releases its stock. */
    public void cancelSelected() {
        AttentionItemView item = selected.get();
        if (item == null || !canCancel.get()) {
            return;
        }
        busy.set(true);
        executor.submit(() -> api.cancelOrder(item.orderId(), cancelReason()), order -> {
            busy.set(false);
            reload(Messages.text("attention.cancelled", item.orderNumber()), false);
        }, failure -> {
            busy.set(false);
            say(Messages.text("attention.cancelFailed", item.orderNumber(), ErrorMessages.describe(failure)), true);
        });
    }

    private void say(String words, boolean note) {
        message.set(words);
        noteShown = note;
    }

    static String stepName(AttentionItemView item) {
        return item.failedStep() == null ? Messages.text("attention.failedStep.unknown") : app.orderdesk.desktop.order.StepWords.stepName(item.failedStep());
    }

    public ObservableList<AttentionItemView> items() {
        return items;
    }

    public ObjectProperty<AttentionItemView> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canRetryProperty() {
        return canRetry;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    /** The item's reason in the desk's words, by its code (ADR 0039); the server's text for a code the desk does not know. */
    public static String reasonInWords(AttentionItemView item) {
        return app.orderdesk.desktop.order.ReasonWords.describe(item.reasonCode(), item.reasonParams(), item.reason());
    }
}
