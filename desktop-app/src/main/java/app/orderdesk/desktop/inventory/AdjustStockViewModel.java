package app.orderdesk.desktop.inventory;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Adjust stock dialog: a signed change, a reason and a note for one product. One idempotency
 * key per dialog, so pressing Apply twice or retrying after a timeout changes the stock once.
 */
public final class AdjustStockViewModel {

    static final int MAX_DELTA = 100_000;
    static final int MAX_NOTE = 500;

    static String zeroDelta() {
        return Messages.text("adjust.zero");
    }

    static String noReason() {
        return Messages.text("adjust.noReason");
    }

    static String noteTooLong() {
        return Messages.text("adjust.noteTooLong", MAX_NOTE);
    }

    static String tooLarge() {
        return Messages.text("adjust.tooLarge", MAX_DELTA);
    }

    private final IntegerProperty delta = new SimpleIntegerProperty(0);
    private final ObjectProperty<AdjustReason> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding validation;
    private final StringBinding preview;
    private final BooleanBinding canApply;

    private final InventoryItemView product;
    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Consumer<StockMovementView> onApplied;
    private final Supplier<String> keys;
    private String idempotencyKey;

    public AdjustStockViewModel(InventoryItemView product, ApiClient api, BackgroundExecutor executor,
                                Consumer<StockMovementView> onApplied) {
        this(product, api, executor, () -> UUID.randomUUID().toString(), onApplied);
    }

    AdjustStockViewModel(InventoryItemView product, ApiClient api, BackgroundExecutor executor, Supplier<String> keys,
                         Consumer<StockMovementView> onApplied) {
        this.product = product;
        this.api = api;
        this.executor = executor;
        this.onApplied = onApplied;
        this.keys = keys;
        this.idempotencyKey = keys.get();
        validation = Bindings.createStringBinding(this::validate, delta, reason, note);
        preview = Bindings.createStringBinding(
                () -> product.available() + " → " + (product.available() + delta.get()), delta);
        canApply = validation.isEmpty().and(busy.not()).and(done.not());
    }

    private String validate() {
        int change = delta.get();
        if (change == 0) {
            return zeroDelta();
        }
        if (Math.abs(change) > MAX_DELTA) {
            return tooLarge();
        }
        if (product.available() + change < 0) {
            return Messages.text("adjust.belowZero", product.available());
        }
        if (reason.get() == null) {
            return noReason();
        }
        if (!reason.get().mismatch(change).isEmpty()) {
            return reason.get().mismatch(change);
        }
        if (note.get() != null && note.get().length() > MAX_NOTE) {
            return noteTooLong();
        }
        return "";
    }

    /** Sends the change; ignored while invalid, in flight, or after it went through. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        StockAdjustmentRequest request = new StockAdjustmentRequest((long) delta.get(), reason.get().name(), text);
        busy.set(true);
        error.set("");
        executor.submit(() -> api.adjustStock(product.productId(), request, idempotencyKey), movement -> {
            busy.set(false);
            done.set(true);
            onApplied.accept(movement);
        }, failure -> {
            busy.set(false);
            error.set(ErrorMessages.describe(failure));
            if (refusedForStock(failure)) {
                // Refused, nothing changed; but the server keeps the key for this very change, so a smaller one typed
                // next under it was answered IDEMPOTENCY_CONFLICT (audit, session 34). A new change, a new key.
                idempotencyKey = keys.get();
            }
        });
    }

    private static boolean refusedForStock(Throwable failure) {
        return failure instanceof app.orderdesk.desktop.client.ApiException refused && refused.status() == 409
                && refused.error() != null && "INSUFFICIENT_STOCK".equals(refused.error().code());
    }

    public InventoryItemView product() {
        return product;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public IntegerProperty deltaProperty() {
        return delta;
    }

    public ObjectProperty<AdjustReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
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

    /** What is wrong with the input, or empty when it can be applied. */
    public StringBinding validationBinding() {
        return validation;
    }

    /** "before → after" for the current change. */
    public StringBinding previewBinding() {
        return preview;
    }

    public BooleanBinding canApplyBinding() {
        return canApply;
    }
}
