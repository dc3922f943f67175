package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.client.InventoryQuery;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.infra.LatestRequest;
import app.orderdesk.desktop.ui.Messages;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one product field of the order form: text typed (SKU or name), the matching products as
 * suggestions, the highlighted one and the quantity to add. Arrows move the highlight; the form's
 * Enter adds it.
 */
public final class ProductSearchViewModel {

    static final int PRODUCT_PAGE_SIZE = 200;
    static final int MAX_SEARCH_TEXT = 100;
    // Wait for a pause in typing before asking the server, so each keystroke is not a request.
    static final Duration SEARCH_DELAY = Duration.ofMillis(250);
    // A search not answered by then says so: walked with the cloud frozen (session 19), the list kept the last
    // answer's products under newly typed text for the whole 30 s request timeout, with no sign of waiting.
    static final Duration SLOW_SEARCH = Duration.ofSeconds(1);

    private final ObservableList<InventoryItemView> products = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<InventoryItemView> selected = new SimpleObjectProperty<>();
    private final IntegerProperty quantity = new SimpleIntegerProperty(1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final LatestRequest latest;
    private final Consumer<String> onError;
    private final Consumer<String> onErrorGone;
    // What this search last reported as failed, until a search answers again.
    private String reportedError;
    private Cancellable pendingSearch = Cancellable.NONE;
    private Cancellable slowCheck = Cancellable.NONE;
    // Typed text (or a load) not yet answered or refused.
    private boolean awaiting;
    private Runnable onReachable = () -> { };
    private Runnable onUnreachable = () -> { };
    // The query the shown products answer; Enter before the answer arrives waits for it.
    private String answeredQuery;

    ProductSearchViewModel(ApiClient api, BackgroundExecutor executor, Consumer<String> onError) {
        this(api, executor, onError, gone -> { });
    }

    /**
     * {@code onErrorGone} is told the failure this search reported once a search answers again: walked with the
     * cloud frozen, session 19, "Products could not be loaded: Cannot reach the Order Desk API" stayed under the form
     * after the next search had found the products.
     */
    ProductSearchViewModel(ApiClient api, BackgroundExecutor executor, Consumer<String> onError, Consumer<String> onErrorGone) {
        this.api = api;
        this.executor = executor;
        this.latest = new LatestRequest(executor);
        this.onError = onError;
        this.onErrorGone = onErrorGone;
        query.addListener((obs, old, now) -> {
            pendingSearch.cancel();
            awaitAnswer();
            pendingSearch = executor.schedule(SEARCH_DELAY, this::load);
        });
    }

    /**
     * Tells the window whether searches reach the API ({@code reachable} on an answer, {@code unreachable} when the API
     * could not be reached): walked with the cloud frozen (session 19), the status bar said "API: online" while the
     * form said the API could not be reached.
     */
    public void reportConnectionTo(Runnable reachable, Runnable unreachable) {
        this.onReachable = reachable;
        this.onUnreachable = unreachable;
    }

    private void awaitAnswer() {
        awaiting = true;
        slowCheck.cancel();
        slowCheck = executor.schedule(SLOW_SEARCH, () -> slow.set(awaiting));
    }

    private void answered() {
        awaiting = false;
        slowCheck.cancel();
        slow.set(false);
        loading.set(false);
    }

    /** Loads the products matching the typed text (all, first page, when it is empty). */
    public void load() {
        loadThen(() -> { });
    }

    /** Loads now (no typing pause) and runs {@code then} once the suggestions answer the typed text. */
    public void loadThen(Runnable then) {
        pendingSearch.cancel();
        String typed = query.get() == null ? "" : query.get().strip();
        // The API refuses search text longer than this; a prefix still finds what people mean.
        String text = typed.length() > MAX_SEARCH_TEXT ? typed.substring(0, MAX_SEARCH_TEXT) : typed;
        InventoryQuery request = new InventoryQuery(PRODUCT_PAGE_SIZE, null, text.isEmpty() ? null : text, null);
        loading.set(true);
        if (!awaiting) {
            awaitAnswer();
        }
        latest.submit(() -> api.inventory(request),
                page -> {
                    answered();
                    failed.set(false);
                    onReachable.run();
                    if (reportedError != null) {
                        onErrorGone.accept(reportedError);
                        reportedError = null;
                    }
                    List<InventoryItemView> found = page.items() == null ? List.of() : page.items();
                    products.setAll(found);
                    answeredQuery = typed;
                    // The first match is highlighted, so Enter adds it without an arrow key.
                    selected.set(typed.isEmpty() || found.isEmpty() ? null : found.getFirst());
                    then.run();
                },
                failure -> {
                    answered();
                    // The last answer's products do not answer what is typed now: none are offered rather than those.
                    products.clear();
                    selected.set(null);
                    answeredQuery = null;
                    failed.set(true);
                    if (ErrorMessages.isConnectionProblem(failure)) {
                        onUnreachable.run();
                    }
                    reportedError = Messages.text("order.picker.loadFailed", ErrorMessages.describe(failure));
                    onError.accept(reportedError);
                });
    }

    /** True when the suggestions answer what is typed now (no search pending). */
    public boolean upToDate() {
        String typed = query.get() == null ? "" : query.get().strip();
        return typed.equals(answeredQuery) && !loading.get();
    }

    /** True when a suggestion is that product. */
    boolean offers(String productId) {
        return products.stream().anyMatch(p -> p.productId().equals(productId));
    }

    /** Shows {@code product} as read now in the suggestions (and highlighted, if it was). */
    void update(InventoryItemView product) {
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).productId().equals(product.productId())) {
                boolean highlighted = selected.get() != null && selected.get().productId().equals(product.productId());
                products.set(i, product);
                if (highlighted) {
                    selected.set(product);
                }
                return;
            }
        }
    }

    /** Highlights the next (+1) or previous (-1) suggestion. */
    public void move(int step) {
        // Nothing typed, nothing offered: an arrow on the empty field must not pick a product unseen.
        if (products.isEmpty() || typedNothing()) {
            return;
        }
        int index = selected.get() == null ? -1 : products.indexOf(selected.get());
        int next = Math.max(0, Math.min(products.size() - 1, index + step));
        selected.set(products.get(next));
    }

    /** True while the field is empty. */
    public boolean typedNothing() {
        return query.get() == null || query.get().isBlank();
    }

    /** Empties the field for the next product; the quantity goes back to 1. */
    public void clear() {
        query.set("");
        selected.set(null);
        quantity.set(1);
    }

    public ObservableList<InventoryItemView> products() {
        return products;
    }

    /** Text to search products by (SKU or name); changing it reloads the suggestions after a short pause. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<InventoryItemView> selectedProperty() {
        return selected;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while what is typed has waited {@link #SLOW_SEARCH} or longer for its answer. */
    public ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    /** True when the last search failed (no products offered) until one answers. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
