package app.orderdesk.desktop.settings;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.StoreSettingsApi;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.shell.Notifications;
import app.orderdesk.desktop.ui.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The managers' store settings screen: the fields as text, loaded from and saved to
 * {@code /store-settings}. A 400's field details go to the fields they name; anything else goes to
 * the window's one message area.
 */
public final class StoreSettingsViewModel {

    /**
     * The {@code updatedAt} of the settings shown ("none": the defaults), sent as If-Match: a save over another
     * manager's newer one is refused instead of silently undoing it (ADR 0087).
     */
    private String readVersion;
    private final Map<StoreField, StringProperty> values = new EnumMap<>(StoreField.class);
    private final Map<StoreField, ReadOnlyStringWrapper> errors = new EnumMap<>(StoreField.class);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastChange = new ReadOnlyStringWrapper("");
    private final StoreLogoChoice logo;
    private final StoreSettingsApi api;
    private final BackgroundExecutor executor;
    private final Notifications notifications;
    private java.util.function.Consumer<StoreSettingsView> onSaved = saved -> { };
    /** The fields and logo as last shown from the server: what "unsaved changes" are measured against. */
    private Map<StoreField, String> shown = Map.of();
    private String shownLogo;

    public StoreSettingsViewModel(StoreSettingsApi api, BackgroundExecutor executor, Notifications notifications) {
        this.api = api;
        this.executor = executor;
        this.notifications = notifications;
        this.logo = new StoreLogoChoice(executor);
        for (StoreField field : StoreField.values()) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new ReadOnlyStringWrapper(""));
            // Typing in a field answers its message: the old complaint no longer applies.
            values.get(field).addListener((obs, old, now) -> errors.get(field).set(""));
        }
    }

    /** Loads the settings the store has now (defaults until a manager saved them). */
    public void load() {
        busy.set(true);
        executor.submit(api::storeSettings, view -> {
            busy.set(false);
            show(view);
            loaded.set(true);
            notifications.reachable();
        }, failure -> {
            busy.set(false);
            notifications.failure(Messages.text("settings.loadFailed"), failure);
        });
    }

    /** Checks what can be checked here, then sends the whole record; the server checks everything again. */
    public void save() {
        if (busy.get()) {
            return;
        }
        clearErrors();
        OptionalInt rate = TaxRates.parsePercent(value(StoreField.TAX_RATE));
        if (rate.isEmpty()) {
            errors.get(StoreField.TAX_RATE).set(Messages.text("settings.taxRate.invalid"));
            return;
        }
        TaxRates.CategoryRates categoryRates = TaxRates.parseCategoryRates(value(StoreField.CATEGORY_TAX_RATES));
        if (categoryRates.badLine() != null) {
            errors.get(StoreField.CATEGORY_TAX_RATES).set(Messages.text("settings.categoryTaxRates.invalid", categoryRates.badLine()));
            return;
        }
        StoreSettingsRequest request = new StoreSettingsRequest(value(StoreField.NAME), value(StoreField.ADDRESS),
                value(StoreField.PHONE), value(StoreField.EMAIL), value(StoreField.TAX_NUMBER), rate.getAsInt(),
                value(StoreField.CURRENCY).toUpperCase(java.util.Locale.ROOT), value(StoreField.LOCALE),
                value(StoreField.TIME_ZONE), value(StoreField.RECEIPT_FOOTER), logo.base64(), categoryRates.rates());
        busy.set(true);
        String ifMatch = readVersion;
        executor.submit(() -> api.saveStoreSettings(request, ifMatch), saved -> {
            busy.set(false);
            show(saved);
            app.orderdesk.desktop.order.Money.useStore(saved.locale(), saved.currency());
            app.orderdesk.desktop.order.StoreDates.useStore(saved.locale(), saved.timeZone());
            onSaved.accept(saved);
            notifications.reachable();
            notifications.info(Messages.text("settings.saved"));
        }, failure -> {
            // The complaints are in place before busy ends: the screen then gives the keyboard to the first marked field.
            boolean atFields = showAtFields(failure);
            busy.set(false);
            if (!atFields) {
                notifications.failure(Messages.text("settings.saveFailed"), failure);
            }
        });
    }

    /** Puts each field issue of a 400 under its field; true when every issue found a field. */
    private boolean showAtFields(Throwable failure) {
        if (!(failure instanceof ApiException api) || api.status() != 400 || api.error().details() == null
                || api.error().details().isEmpty()) {
            return false;
        }
        boolean allPlaced = true;
        for (ApiError.Detail detail : api.error().details()) {
            if (StoreLogoChoice.FIELD.equals(detail.field())) {
                logo.refused(detail.issue());
                continue;
            }
            var field = StoreField.byApiName(detail.field());
            if (field.isPresent() && field.get() == StoreField.CATEGORY_TAX_RATES && detail.field().contains(".")) {
                // "categoryTaxRates.food": which line of the list is wrong
                errors.get(field.get()).set(detail.field().substring(detail.field().indexOf('.') + 1) + ": " + detail.issue());
            } else if (field.isPresent()) {
                errors.get(field.get()).set(detail.issue());
            } else {
                allPlaced = false;
            }
        }
        if (allPlaced) {
            notifications.error(Messages.text("settings.fixFields"));
        }
        return allPlaced;
    }

    private void show(StoreSettingsView view) {
        readVersion = view.updatedAt() == null ? "none" : view.updatedAt();
        set(StoreField.NAME, view.name());
        set(StoreField.ADDRESS, view.address());
        set(StoreField.PHONE, view.phone());
        set(StoreField.EMAIL, view.email());
        set(StoreField.TAX_NUMBER, view.taxNumber());
        set(StoreField.TAX_RATE, TaxRates.formatPercent(view.taxRateBasisPoints()));
        set(StoreField.CATEGORY_TAX_RATES, TaxRates.formatCategoryRates(view.categoryTaxRates()));
        set(StoreField.CURRENCY, view.currency());
        set(StoreField.LOCALE, view.locale());
        set(StoreField.TIME_ZONE, view.timeZone());
        set(StoreField.RECEIPT_FOOTER, view.receiptFooter());
        logo.show(view.logo());
        shown = new EnumMap<>(StoreField.class);
        values.forEach((field, value) -> shown.put(field, value.get()));
        shownLogo = logo.base64();
        clearErrors();
        lastChange.set(view.updatedBy() == null ? Messages.text("settings.defaults")
                : Messages.text("settings.lastChange", view.updatedBy(), app.orderdesk.desktop.order.StoreDates.dateTime(view.updatedAt())));
    }

    /**
     * Whether a field or the logo differs from what the server last gave: Reload (and F5) would drop it. Spaces around
     * a value do not count, as Save strips them.
     */
    public boolean hasUnsavedChanges() {
        if (!loaded.get()) {
            return false;
        }
        for (Map.Entry<StoreField, StringProperty> field : values.entrySet()) {
            String before = shown.getOrDefault(field.getKey(), "");
            if (!field.getValue().get().strip().equals(before.strip())) {
                return true;
            }
        }
        return !java.util.Objects.equals(logo.base64(), shownLogo);
    }

    private void set(StoreField field, String text) {
        values.get(field).set(text == null ? "" : text);
    }

    private String value(StoreField field) {
        return values.get(field).get().strip();
    }

    private void clearErrors() {
        errors.values().forEach(error -> error.set(""));
        logo.refused("");
    }

    /** Told of every saved record (the order form takes the new tax rates from it). */
    public void setOnSaved(java.util.function.Consumer<StoreSettingsView> onSaved) {
        this.onSaved = onSaved == null ? saved -> { } : onSaved;
    }

    /** The logo part of the form: chosen from a file, previewed, removed; saved with the other fields. */
    public StoreLogoChoice logo() {
        return logo;
    }

    public StringProperty valueProperty(StoreField field) {
        return values.get(field);
    }

    /** The server's (or this screen's) complaint about {@code field}; empty when there is none. */
    public ReadOnlyStringProperty errorProperty(StoreField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** "Last changed by … at …", or that the defaults are in use. */
    public ReadOnlyStringProperty lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }
}
