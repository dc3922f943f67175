package app.orderdesk.desktop.inventory;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.ProductRequest;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The New product / Edit product dialog (managers): SKU (new only), name, price, a category chosen
 * from the store's and the low-stock threshold. Checks what the desk can before sending; the server's answer is shown by field
 * (a SKU in use, a category the store no longer has) and an edit that lost to someone else's says so.
 */
public final class ProductEditorViewModel {

    /** The choice "no category": the store's default rate. */
    public static final String NO_CATEGORY = "";
    static final long MAX_PRICE_CENTS = 100_000_000L;
    private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
    private static final Pattern PRICE = Pattern.compile("^\\d{1,7}([.,]\\d{1,3})?$");
    /** The server's limit for the low-stock threshold (SaveProduct.MAX_THRESHOLD). */
    static final long MAX_THRESHOLD = 1_000_000_000L;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\d{1,10}$");

    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty(NO_CATEGORY);
    // h-b: the stock level at or below which the product counts as low (a new product: 0, as the server's default)
    private final StringProperty lowStockThreshold = new SimpleStringProperty("0");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper skuError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper priceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lowStockThresholdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave = busy.not().and(done.not());

    /** The product as the dialog last read it (null: a new product); after a lost race, as the other save left it. */
    private InventoryItemView original;
    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Consumer<InventoryItemView> onSaved;

    /** {@code original} null = a new product. */
    public ProductEditorViewModel(InventoryItemView original, Collection<String> storeCategories, ApiClient api,
                                  BackgroundExecutor executor, Consumer<InventoryItemView> onSaved) {
        this.original = original;
        this.api = api;
        this.executor = executor;
        this.onSaved = onSaved;
        categories.add(NO_CATEGORY);
        storeCategories.stream().sorted().forEach(categories::add);
        if (original != null) {
            sku.set(original.sku());
            name.set(original.name());
            // In the desk's language's decimal sign (12,50 on a German desk); parsePrice reads both.
            char sign = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.getDefault()).getDecimalSeparator();
            price.set(BigDecimal.valueOf(original.priceCents(), app.orderdesk.desktop.order.Money.fractionDigits()).toPlainString()
                    .replace('.', sign == ',' ? ',' : '.'));
            String current = original.category() == null ? NO_CATEGORY : original.category();
            if (!categories.contains(current)) {
                categories.add(current); // the store dropped its rate: still shown, so the dialog does not change it silently
            }
            category.set(current);
            lowStockThreshold.set(Long.toString(original.lowStockThreshold()));
        }
    }

    public boolean isNew() {
        return original == null;
    }

    /** Checks and sends; ignored while a save is in flight or after it went through. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        clearErrors();
        Long cents = parsePrice(price.get());
        String skuText = sku.get() == null ? "" : sku.get().strip();
        String nameText = name.get() == null ? "" : name.get().strip();
        if (isNew() && !SKU.matcher(skuText).matches()) {
            skuError.set(Messages.text(skuText.isEmpty() ? "product.error.skuRequired" : "product.error.sku"));
        }
        if (nameText.isEmpty()) {
            nameError.set(Messages.text("product.error.nameRequired"));
        } else if (nameText.length() > 120) {
            nameError.set(Messages.text("product.error.nameTooLong", 120));
        }
        if (cents == null) {
            priceError.set(Messages.text("product.error.price"));
        }
        Long threshold = parseThreshold(lowStockThreshold.get());
        if (threshold == null) {
            lowStockThresholdError.set(Messages.text("product.error.lowStockThreshold", MAX_THRESHOLD));
        }
        if (!skuError.get().isEmpty() || !nameError.get().isEmpty() || !priceError.get().isEmpty()
                || !lowStockThresholdError.get().isEmpty()) {
            return;
        }
        String chosen = category.get() == null || category.get().isBlank() ? null : category.get();
        ProductRequest request = isNew() ? new ProductRequest(skuText, nameText, cents, chosen, threshold, null)
                : ProductRequest.edit(nameText, cents, chosen == null ? NO_CATEGORY : chosen, threshold, original.version());
        busy.set(true);
        executor.submit(() -> isNew() ? api.createProduct(request) : api.editProduct(original.productId(), request), saved -> {
            busy.set(false);
            done.set(true);
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            showFailure(failure);
        });
    }

    /**
     * Someone saved the product since the dialog read it. What was typed stays; the product is read again, so the
     * dialog says what the other save left and Save puts these edits over it (Cancel keeps it). Before, the edits could
     * never be saved: each try lost again, and "close, reload and edit it again" meant typing them again (audit, session 33).
     */
    private void keepTheEditsOverTheNewerSave() {
        if (original == null) {
            error.set(Messages.text("product.error.stale"));
            return;
        }
        busy.set(true);
        executor.submit(() -> api.inventoryItem(original.productId()), newer -> {
            busy.set(false);
            original = newer;
            error.set(Messages.text("product.error.staleKept", newer.name(),
                    app.orderdesk.desktop.order.Money.format(newer.priceCents())));
        }, failure -> {
            busy.set(false);
            error.set(Messages.text("product.error.stale"));
        });
    }

    /**
     * "12.50", "12,50" or "12" → the API's minor units of the store's currency (cents; yen: "1250" → 1250); null when
     * it is not a price the store can take, e.g. more decimals than the currency has.
     */
    static Long parsePrice(String text) {
        String raw = text == null ? "" : text.strip();
        if (!PRICE.matcher(raw).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(raw.replace(',', '.'));
        int digits = app.orderdesk.desktop.order.Money.fractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            return null;
        }
        long cents = amount.movePointRight(digits).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        return cents <= MAX_PRICE_CENTS ? cents : null;
    }

    /** "5" → 5; null when it is not a whole number from 0 to {@link #MAX_THRESHOLD}. */
    static Long parseThreshold(String text) {
        String raw = text == null ? "" : text.strip();
        if (!WHOLE_NUMBER.matcher(raw).matches()) {
            return null;
        }
        long value = Long.parseLong(raw);
        return value <= MAX_THRESHOLD ? value : null;
    }

    private void clearErrors() {
        for (ReadOnlyStringWrapper each : List.of(skuError, nameError, priceError, categoryError, lowStockThresholdError, error)) {
            each.set("");
        }
    }

    /** The server's answer where it belongs: by field when it names one, else under the form. */
    private void showFailure(Throwable failure) {
        if (!(failure instanceof ApiException api) || api.error() == null) {
            error.set(ErrorMessages.describe(failure));
            return;
        }
        ApiError body = api.error();
        if ("DUPLICATE_SKU".equals(body.code())) {
            skuError.set(Messages.text("product.error.duplicateSku", sku.get().strip()));
            return;
        }
        if ("VERSION_CONFLICT".equals(body.code())) {
            keepTheEditsOverTheNewerSave();
            return;
        }
        Map<String, ReadOnlyStringWrapper> byField = Map.of("sku", skuError, "name", nameError, "priceCents", priceError,
                "category", categoryError, "lowStockThreshold", lowStockThresholdError);
        boolean placed = false;
        for (ApiError.Detail detail : body.details() == null ? List.<ApiError.Detail>of() : body.details()) {
            ReadOnlyStringWrapper target = byField.get(detail.field());
            if (target != null) {
                target.set(target == categoryError ? Messages.text("product.error.category")
                        : target == lowStockThresholdError ? Messages.text("product.error.lowStockThreshold", MAX_THRESHOLD)
                        : detail.issue());
                placed = true;
            }
        }
        if (!placed) {
            error.set(ErrorMessages.describe(failure));
        }
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    /** The low-stock threshold as typed (a whole number, 0 or more). */
    public StringProperty lowStockThresholdProperty() {
        return lowStockThreshold;
    }

    /** The store's categories, the first ({@link #NO_CATEGORY}) meaning the default rate. */
    public ObservableList<String> categories() {
        return categories;
    }

    public ReadOnlyStringProperty skuErrorProperty() {
        return skuError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceErrorProperty() {
        return priceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lowStockThresholdErrorProperty() {
        return lowStockThresholdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The product being edited, or null for a new one. */
    public InventoryItemView original() {
        return original;
    }
}
