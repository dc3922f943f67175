package app.orderdesk.desktop.order;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.client.InventoryQuery;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order being drafted: products, lines, total, customer, payment and the submit command.
 * One idempotency key belongs to one draft, so every retry of the same draft is the same order.
 */
public final class OrderDraftViewModel {

    static final int PRODUCT_PAGE_SIZE = 200;
    static final int MAX_SEARCH_TEXT = 100;
    // Wait for a pause in typing before asking the server, so each keystroke is not a request.
    static final java.time.Duration SEARCH_DELAY = java.time.Duration.ofMillis(250);
    public static final String QUEUED_NOTICE = "Queued — will be sent when the connection is back";
    static final String INVALID_EMAIL = "Enter a valid email, e.g. name@example.com";

    private final ObservableList<InventoryItemView> products = FXCollections.observableArrayList();
    private final StringProperty productQuery = new SimpleStringProperty("");
    private final ObjectProperty<InventoryItemView> selectedProduct = new SimpleObjectProperty<>();
    private final IntegerProperty quantity = new SimpleIntegerProperty(1);
    private final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper totalCents = new ReadOnlyLongWrapper(0);
    private final StringProperty customerEmail = new SimpleStringProperty("");
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty customerPhone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper emailMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper emailValid = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<PaymentOption> payment = new SimpleObjectProperty<>(PaymentOption.VISA);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper placed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper queued = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loadingProducts = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty allowedToOrder = new SimpleBooleanProperty(true);
    private final BooleanBinding editable;
    private final BooleanBinding canAddLine;
    private final BooleanBinding canSubmit;

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Supplier<String> keyFactory;
    private final Consumer<PlaceOrderResponse> onPlaced;
    private String idempotencyKey;
    private OrderOutbox outbox;
    private Cancellable pendingSearch = Cancellable.NONE;
    // Answers to older searches can arrive after newer ones; only the latest is shown.
    private long searchGeneration;

    public OrderDraftViewModel(ApiClient api, BackgroundExecutor executor, Consumer<PlaceOrderResponse> onPlaced) {
        this(api, executor, () -> UUID.randomUUID().toString(), onPlaced);
    }

    OrderDraftViewModel(ApiClient api, BackgroundExecutor executor, Supplier<String> keyFactory, Consumer<PlaceOrderResponse> onPlaced) {
        this.api = api;
        this.executor = executor;
        this.keyFactory = keyFactory;
        this.onPlaced = onPlaced;
        this.idempotencyKey = keyFactory.get();

        totalCents.bind(Bindings.createLongBinding(
                () -> lines.stream().mapToLong(DraftLine::lineTotalCents).sum(), lines));
        customerEmail.addListener((obs, old, now) -> validateEmail(now));
        productQuery.addListener((obs, old, now) -> {
            pendingSearch.cancel();
            pendingSearch = executor.schedule(SEARCH_DELAY, this::loadProducts);
        });
        editable = allowedToOrder.and(submitting.not()).and(placed.not()).and(queued.not());
        canAddLine = editable.and(selectedProduct.isNotNull()).and(quantity.greaterThan(0));
        ObservableBooleanValue hasName = Bindings.createBooleanBinding(
                () -> customerName.get() != null && !customerName.get().isBlank(), customerName);
        canSubmit = editable.and(Bindings.isNotEmpty(lines)).and(emailValid).and(hasName).and(payment.isNotNull());
    }

    /** Loads the products the picker offers, matching the search text when there is one. */
    public void loadProducts() {
        long generation = ++searchGeneration;
        String typed = productQuery.get() == null ? "" : productQuery.get().strip();
        // The API refuses search text longer than this; a prefix still finds what people mean.
        String text = typed.length() > MAX_SEARCH_TEXT ? typed.substring(0, MAX_SEARCH_TEXT) : typed;
        InventoryQuery query = new InventoryQuery(PRODUCT_PAGE_SIZE, null, text.isEmpty() ? null : text, null);
        loadingProducts.set(true);
        executor.submit(() -> api.inventory(query),
                page -> {
                    if (generation != searchGeneration) {
                        return;
                    }
                    loadingProducts.set(false);
                    products.setAll(page.items() == null ? List.of() : page.items());
                },
                failure -> {
                    if (generation != searchGeneration) {
                        return;
                    }
                    loadingProducts.set(false);
                    error.set("Products could not be loaded: " + ErrorMessages.describe(failure));
                });
    }

    /** Adds the selected product; a product already on the order gets its quantity increased instead. */
    public void addLine() {
        if (!canAddLine.get()) {
            return;
        }
        InventoryItemView product = selectedProduct.get();
        int qty = quantity.get();
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            if (line.product().productId().equals(product.productId())) {
                lines.set(i, new DraftLine(product, line.quantity() + qty));
                return;
            }
        }
        lines.add(new DraftLine(product, qty));
    }

    public void removeLine(DraftLine line) {
        if (editable.get()) {
            lines.remove(line);
        }
    }

    /**
     * Sends the draft. Ignored while a submission is in flight or after the order was accepted,
     * so a double-click can never create a second order; a retry after a failure reuses the key.
     */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        PlaceOrderRequest request = toRequest();
        String key = idempotencyKey;
        submitting.set(true);
        error.set("");
        executor.submit(() -> api.placeOrder(request, key),
                response -> {
                    submitting.set(false);
                    placed.set(true);
                    onPlaced.accept(response);
                },
                failure -> {
                    if (outbox != null && ErrorMessages.isConnectionProblem(failure)) {
                        // Nothing is lost: the order waits in the outbox and goes out later with the same key.
                        outbox.enqueue(request, key, () -> {
                            submitting.set(false);
                            queued.set(true);
                            notice.set(QUEUED_NOTICE);
                        });
                        return;
                    }
                    submitting.set(false);
                    error.set(ErrorMessages.describe(failure));
                });
    }

    /** The outbox sent a queued order: if it is this draft's, show it as placed and follow it. */
    public void sentFromOutbox(String key, PlaceOrderResponse response) {
        if (queued.get() && key.equals(idempotencyKey)) {
            queued.set(false);
            notice.set("");
            placed.set(true);
            onPlaced.accept(response);
        }
    }

    /** Lets connection failures park the order in {@code outbox} instead of showing an error. */
    public void setOutbox(OrderOutbox outbox) {
        this.outbox = outbox;
    }

    /** Starts an empty draft with a fresh idempotency key; the products stay loaded. */
    public void reset() {
        lines.clear();
        selectedProduct.set(null);
        quantity.set(1);
        customerEmail.set("");
        customerName.set("");
        customerPhone.set("");
        payment.set(PaymentOption.VISA);
        placed.set(false);
        submitting.set(false);
        queued.set(false);
        notice.set("");
        error.set("");
        idempotencyKey = keyFactory.get();
    }

    PlaceOrderRequest toRequest() {
        List<OrderLineRequest> requestLines = lines.stream()
                .map(line -> new OrderLineRequest(line.product().productId(), line.quantity()))
                .toList();
        String phone = customerPhone.get() == null || customerPhone.get().isBlank() ? null : customerPhone.get().strip();
        CustomerDetails customer = new CustomerDetails(customerEmail.get().strip(), customerName.get().strip(), phone);
        return new PlaceOrderRequest(requestLines, customer, payment.get().token());
    }

    private void validateEmail(String email) {
        boolean valid = EmailRule.isValid(email);
        emailValid.set(valid);
        // An empty field is not yet an error; it only keeps Submit disabled.
        emailMessage.set(valid || email == null || email.isBlank() ? "" : INVALID_EMAIL);
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ObservableList<InventoryItemView> products() {
        return products;
    }

    /** Text to search products by (SKU or name); changing it reloads the picker after a short pause. */
    public StringProperty productQueryProperty() {
        return productQuery;
    }

    public ObjectProperty<InventoryItemView> selectedProductProperty() {
        return selectedProduct;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public ObservableList<DraftLine> lines() {
        return lines;
    }

    public ReadOnlyLongProperty totalCentsProperty() {
        return totalCents.getReadOnlyProperty();
    }

    public StringProperty customerEmailProperty() {
        return customerEmail;
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public StringProperty customerPhoneProperty() {
        return customerPhone;
    }

    public ReadOnlyStringProperty emailMessageProperty() {
        return emailMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emailValidProperty() {
        return emailValid.getReadOnlyProperty();
    }

    public ObjectProperty<PaymentOption> paymentProperty() {
        return payment;
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty placedProperty() {
        return placed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while this draft waits in the outbox. */
    public ReadOnlyBooleanProperty queuedProperty() {
        return queued.getReadOnlyProperty();
    }

    /** A non-error note for staff, e.g. that the order is queued. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProductsProperty() {
        return loadingProducts.getReadOnlyProperty();
    }

    /** False for roles that may not place orders (support). */
    public BooleanProperty allowedToOrderProperty() {
        return allowedToOrder;
    }

    public BooleanBinding editableBinding() {
        return editable;
    }

    public BooleanBinding canAddLineBinding() {
        return canAddLine;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}
