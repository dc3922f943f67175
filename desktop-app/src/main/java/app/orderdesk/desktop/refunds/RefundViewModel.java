package app.orderdesk.desktop.refunds;

import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentMethod;
import app.orderdesk.api.RefundLineRequest;
import app.orderdesk.api.RefundLineView;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.api.RefundView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.ui.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Refund dialog's state: one row per order line (units to refund, restock or not), a reason and
 * a note, the total, and the one request it sends. The Idempotency-Key belongs to the draft: sending
 * the same draft again (after a timeout) reuses it, so the refund cannot happen twice; changing the
 * draft makes a new one.
 */
public final class RefundViewModel {

    static final int MAX_NOTE = 500;

    static String nothingChosen() {
        return Messages.text("refund.nothingChosen");
    }

    static String noteTooLong() {
        return Messages.text("refund.noteTooLong", MAX_NOTE);
    }

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final OrderView order;
    private final ObservableList<RefundLineRow> rows;
    private final ObjectProperty<RefundReasonChoice> reason = new SimpleObjectProperty<>(RefundReasonChoice.CUSTOMER_REQUEST);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final LongBinding totalCents;
    private final StringBinding totalText;
    private final StringBinding validation;
    private final BooleanBinding canSubmit;
    private Consumer<RefundView> onRefunded = refund -> { };
    private String idempotencyKey = UUID.randomUUID().toString();

    public RefundViewModel(ApiClient api, BackgroundExecutor executor, OrderView order) {
        this.api = api;
        this.executor = executor;
        this.order = order;
        Map<String, Integer> refunded = new HashMap<>();
        for (RefundView refund : order.refunds()) {
            if (!"REFUSED".equals(refund.state())) {
                for (RefundLineView line : refund.lines()) {
                    refunded.merge(line.sku(), line.quantity(), Integer::sum);
                }
            }
        }
        rows = FXCollections.observableArrayList(row -> new Observable[] {row.quantityProperty(), row.restockProperty()});
        for (OrderLineView line : order.lines()) {
            rows.add(new RefundLineRow(line.sku(), line.name(), line.quantity(), refunded.getOrDefault(line.sku(), 0), line.unitPriceCents()));
        }
        totalCents = Bindings.createLongBinding(() -> rows.stream()
                .mapToLong(r -> r.quantityProperty().get() * r.unitPriceCents()).sum(), rows);
        // paid on delivery: nothing goes back to a card, the amount is credited against the invoice (ADR 0068)
        String submitWords = creditedNotRefunded() ? "refund.submit.credit" : "refund.submit";
        totalText = Bindings.createStringBinding(() -> Messages.text(submitWords, Money.format(totalCents.get(), order.currency())), totalCents);
        validation = Bindings.createStringBinding(() -> {
            if (totalCents.get() <= 0) {
                return nothingChosen();
            }
            return note.get() != null && note.get().length() > MAX_NOTE ? noteTooLong() : "";
        }, totalCents, note);
        canSubmit = validation.isEmpty().and(busy.not()).and(done.not());
        // a changed draft is a new refund: it gets a new key
        rows.addListener((javafx.collections.ListChangeListener<RefundLineRow>) change -> newDraft());
        reason.addListener((obs, old, now) -> newDraft());
        note.addListener((obs, old, now) -> newDraft());
    }

    private void newDraft() {
        idempotencyKey = UUID.randomUUID().toString();
        error.set("");
    }

    /** Every unit that is left, each line restocked or not as it is ticked. */
    public void selectEverything() {
        rows.forEach(r -> r.quantityProperty().set(r.refundable()));
    }

    /** Sends the refund; on success {@code onRefunded} hears of it and the dialog can close. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        List<RefundLineRequest> lines = rows.stream().filter(r -> r.quantityProperty().get() > 0)
                .map(r -> new RefundLineRequest(r.sku(), r.quantityProperty().get(), r.restockProperty().get())).toList();
        String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        RefundRequest request = new RefundRequest(lines, null, null, reason.get().name(), text);
        String key = idempotencyKey;
        busy.set(true);
        error.set("");
        executor.submit(() -> api.refund(order.orderId(), request, key), refund -> {
            busy.set(false);
            done.set(true);
            onRefunded.accept(refund);
        }, failure -> {
            busy.set(false);
            error.set(ErrorMessages.describe(failure));
        });
    }

    /** The currency the order was placed in: its lines and the refund are in it. */
    public String currency() {
        return order.currency();
    }

    /** True when the order is paid on invoice / on delivery: no charge was taken, so its refund is credited. */
    public boolean creditedNotRefunded() {
        return order.paymentMethod() == PaymentMethod.ON_DELIVERY;
    }

    /** What happens to the money, said before the agent sends it; empty for a card order (it goes back to the card). */
    public String settlementHint() {
        if (!creditedNotRefunded()) {
            return "";
        }
        var paid = order.paymentReceived();
        // ADR 0071: once the payment is recorded the desk knows the customer paid: the amount goes back by hand
        return paid == null ? Messages.text("refund.onDelivery.hint") : Messages.text("refund.onDelivery.paid.hint",
                app.orderdesk.desktop.order.CollectionMethodWords.of(paid.method()),
                app.orderdesk.desktop.order.StoreDates.dateTime(paid.recordedAt()));
    }

    public void setOnRefunded(Consumer<RefundView> onRefunded) {
        this.onRefunded = onRefunded;
    }

    public OrderView order() {
        return order;
    }

    public ObservableList<RefundLineRow> rows() {
        return rows;
    }

    public ObjectProperty<RefundReasonChoice> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public LongBinding totalCentsBinding() {
        return totalCents;
    }

    public StringBinding totalTextBinding() {
        return totalText;
    }

    public StringBinding validationBinding() {
        return validation;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The key the next send uses (tests: a resent draft keeps it, a changed draft does not). */
    String idempotencyKey() {
        return idempotencyKey;
    }
}
