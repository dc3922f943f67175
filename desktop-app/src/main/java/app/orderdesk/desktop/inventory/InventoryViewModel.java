package app.orderdesk.desktop.inventory;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.client.InventoryQuery;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.LatestRequest;
import app.orderdesk.desktop.shell.Notifications;
import app.orderdesk.desktop.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The inventory screen: every product, loaded page by page, filtered on the client as people type
 * (no server round-trip), the selected product's movement history, and CSV export of what is shown.
 */
public final class InventoryViewModel {

    static final int PAGE_SIZE = 500;
    static final int MOVEMENTS_PAGE = 100;
    // Read when shown, not once per JVM at class loading: a screen built in another language first (a German desk's test
    // before an English one in the same run) kept its words for every later screen.
    static String managersOnly() {
        return Messages.text("inventory.managersOnly");
    }

    static String selectAProduct() {
        return Messages.text("inventory.selectFirst");
    }

    private final ObservableList<InventoryRow> rows = FXCollections.observableArrayList();
    private final FilteredList<InventoryRow> visible = new FilteredList<>(rows, row -> true);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty lowStockOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<InventoryRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<StockMovementView> movements = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    // h-a (issue 13): what the empty stock history says: choose a product / loading / this one has none yet / failed.
    private final ReadOnlyStringWrapper historyPlaceholder = new ReadOnlyStringWrapper(Messages.text("inventory.history.none"));
    private final StringBinding countText;
    private final BooleanBinding canAdjust;
    private final StringBinding adjustDisabledReason;

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Notifications notifications;
    private final boolean manager;
    private final LatestRequest loads;
    private final LatestRequest movementLoads;
    // The product just adjusted stays in sight until the filter changes, even if it no longer matches
    // (with "Low stock only", a restocked product vanished and the selection jumped to another row).
    private String keptInView;

    public InventoryViewModel(ApiClient api, BackgroundExecutor executor, Notifications notifications, boolean manager) {
        this.api = api;
        this.executor = executor;
        this.notifications = notifications;
        this.manager = manager;
        this.loads = new LatestRequest(executor);
        this.movementLoads = new LatestRequest(executor);
        filterText.addListener((obs, old, now) -> {
            keptInView = null;
            applyFilter();
        });
        lowStockOnly.addListener((obs, old, now) -> {
            keptInView = null;
            applyFilter();
        });
        selected.addListener((obs, old, now) -> {
            if (now == null || old == null || !now.item().productId().equals(old.item().productId())) {
                loadMovements();
            } else if (now.item().available() != old.item().available() || now.item().reserved() != old.item().reserved()) {
                // Walked, session 27: another desk's adjustment showed "21 available" over a history without it.
                refreshMovements();
            }
        });
        countText = Bindings.createStringBinding(() -> visible.size() == rows.size()
                ? Messages.text("inventory.count", rows.size()) : Messages.text("inventory.count.filtered", visible.size(), rows.size()), visible, rows);
        adjustDisabledReason = Bindings.createStringBinding(
                () -> !manager ? managersOnly() : selected.get() == null ? selectAProduct() : "", selected);
        canAdjust = adjustDisabledReason.isEmpty();
    }

    /** Loads every product, {@value #PAGE_SIZE} at a time; the table changes once, when all are in. */
    public void loadAll() {
        loading.set(true);
        progress.set(Messages.text("inventory.loading"));
        loadPage(null, new ArrayList<>(), false);
    }

    /**
     * ADR 0075: while live updates are paused, the table shown is re-read every few seconds in place of the stock pushes
     * — quietly (no progress line, no banner when it fails: the next one tries again). A table of one page is read whole;
     * a bigger one re-reads the selected product only, since a whole catalogue every 10 s from every desk would be most of
     * the API's traffic; it is read whole once the socket is back (its topic subscribed again).
     */
    public void readWhilePushesPaused() {
        if (rows.isEmpty() || loading.get()) {
            return;
        }
        if (rows.size() <= PAGE_SIZE) {
            // not `loading`: the spinner and a disabled Reload every 10 s would say more than what changed
            loadPage(null, new ArrayList<>(), true);
        } else if (selected.get() != null) {
            refreshProduct(selected.get().item().productId());
        }
    }

    private void loadPage(String token, List<InventoryItemView> sofar, boolean quiet) {
        InventoryQuery query = new InventoryQuery(PAGE_SIZE, token, null, null);
        loads.submit(() -> api.inventory(query), page -> {
            notifications.reachable();
            if (page.items() != null) {
                sofar.addAll(page.items());
            }
            if (page.nextToken() != null && !page.nextToken().isEmpty()) {
                if (!quiet) {
                    progress.set(Messages.text("inventory.loading.sofar", sofar.size()));
                }
                loadPage(page.nextToken(), sofar, quiet);
                return;
            }
            String selectedId = selected.get() == null ? null : selected.get().item().productId();
            rows.setAll(sofar.stream().sorted(BY_SKU).map(InventoryRow::of).toList());
            if (!quiet) {
                loading.set(false);
                progress.set("");
            }
            if (selectedId != null) {
                rows.stream().filter(r -> r.item().productId().equals(selectedId)).findFirst().ifPresent(selected::set);
            }
        }, failure -> {
            if (!quiet) {
                loading.set(false);
                progress.set("");
                notifications.failure(Messages.text("inventory.loadFailed"), failure);
            }
        });
    }

    private void applyFilter() {
        Predicate<InventoryRow> match = matcher(filterText.get(), lowStockOnly.get());
        String kept = keptInView;
        visible.setPredicate(kept == null ? match : match.or(row -> row.item().productId().equals(kept)));
    }

    /** The row test for a filter text and the low-stock toggle; the text is lower-cased once, here. */
    static Predicate<InventoryRow> matcher(String text, boolean lowOnly) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return lowOnly ? row -> row.item().lowStock() : row -> true;
        }
        return lowOnly ? row -> row.item().lowStock() && row.key().contains(needle) : row -> row.key().contains(needle);
    }

    /**
     * The selected product's stock changed (pushed, or read while pushes are paused): its history is read again in
     * place — no "loading" in between, and a failed read leaves it as it was (selecting the product again reads it).
     */
    private void refreshMovements() {
        InventoryRow row = selected.get();
        String id = row.item().productId();
        movementLoads.submit(() -> api.movements(id, MOVEMENTS_PAGE, null), page -> {
            historyPlaceholder.set(Messages.text("inventory.history.noneYet", row.item().sku()));
            movements.setAll(page.items() == null ? List.of() : page.items());
        }, failure -> { });
    }

    /** Loads the selected product's movement history (newest first). */
    public void loadMovements() {
        InventoryRow row = selected.get();
        movements.clear();
        if (row == null) {
            movementLoads.cancel();
            historyPlaceholder.set(Messages.text("inventory.history.none"));
            return;
        }
        String id = row.item().productId();
        historyPlaceholder.set(Messages.text("inventory.history.loading"));
        movementLoads.submit(() -> api.movements(id, MOVEMENTS_PAGE, null),
                page -> {
                    historyPlaceholder.set(Messages.text("inventory.history.noneYet", row.item().sku()));
                    movements.setAll(page.items() == null ? List.of() : page.items());
                },
                failure -> {
                    historyPlaceholder.set(Messages.text("inventory.history.loadFailed"));
                    notifications.failure(Messages.text("inventory.history.loadFailed"), failure);
                });
    }

    /**
     * A pushed stock change (another desk's sale, a manager's adjustment): re-read that one product and
     * replace its row, keeping the selection. Nothing to do before the table was loaded.
     */
    public void refreshProduct(String productId) {
        // h-x: a product new to this desk (another manager created it) is read and added too.
        if (productId == null || rows.isEmpty()) {
            return;
        }
        executor.submit(() -> api.inventoryItem(productId), this::putRow,
                failure -> { }); // the next push or a reload shows it; a failed refresh is not worth a banner
    }

    /** Replaces the product's row (keeping the selection), or adds it when the table does not have it yet. */
    private void putRow(InventoryItemView item) {
        InventoryRow updated = InventoryRow.of(item);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).item().productId().equals(item.productId())) {
                boolean wasSelected = selected.get() != null && selected.get().item().productId().equals(item.productId());
                rows.set(i, updated);
                if (wasSelected) {
                    selected.set(updated);
                }
                return;
            }
        }
        int at = 0;
        while (at < rows.size() && BY_SKU.compare(rows.get(at).item(), item) <= 0) {
            at++;
        }
        rows.add(at, updated);
    }

    /**
     * The rows' order until a person sorts by a column: by SKU, the first column. The server answers in its storage
     * order, which looked random (walked, session 19: CLN-DSC-120, ACC-TMP-58, TEA-CHA-200, …). Sorted once, when all
     * pages are in, so a filter over 100,000 rows keeps its order without sorting again.
     */
    static final java.util.Comparator<InventoryItemView> BY_SKU = java.util.Comparator
            .comparing(InventoryItemView::sku, java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(InventoryItemView::productId);

    /** h-x: the store's tax categories (from its settings), offered by the product dialog. */
    public void useCategories(java.util.Collection<String> storeCategories) {
        categories.setAll(storeCategories == null ? List.of() : storeCategories.stream().sorted().toList());
    }

    public ObservableList<String> categories() {
        return categories;
    }

    /** h-x: the New product dialog's model (managers). */
    public ProductEditorViewModel newProduct() {
        return manager ? new ProductEditorViewModel(null, List.copyOf(categories), api, executor, this::productSaved) : null;
    }

    /** h-x: the Edit product dialog's model for the selected product (managers); null without a selection. */
    public ProductEditorViewModel editSelected() {
        InventoryRow row = selected.get();
        return manager && row != null ? new ProductEditorViewModel(row.item(), List.copyOf(categories), api, executor, this::productSaved) : null;
    }

    /** A product was saved here: show it at once (selected, kept in view) without a reload. */
    void productSaved(InventoryItemView saved) {
        keptInView = saved.productId();
        applyFilter();
        putRow(saved);
        rows.stream().filter(r -> r.item().productId().equals(saved.productId())).findFirst().ifPresent(selected::set);
        message.set(Messages.text("product.saved", saved.sku()));
    }

    /** An adjustment went through: show the new count and the movement at once, without a reload. */
    public void applyMovement(StockMovementView movement) {
        String label = movement.productId();
        for (int i = 0; i < rows.size(); i++) {
            InventoryRow row = rows.get(i);
            if (row.item().productId().equals(movement.productId())) {
                long after = movement.after() != null ? movement.after() : row.item().available() + movement.delta();
                InventoryRow updated = row.withAvailable(after);
                label = row.item().sku();
                boolean wasSelected = selected.get() != null && selected.get().item().productId().equals(movement.productId());
                keptInView = movement.productId();
                applyFilter();
                rows.set(i, updated);
                if (wasSelected) {
                    selected.set(updated);
                    movements.addFirst(movement);
                }
                break;
            }
        }
        String signed = movement.delta() > 0 ? "+" + movement.delta() : String.valueOf(movement.delta());
        message.set(movement.after() != null ? Messages.text("inventory.changed.now", label, signed, movement.after())
                : Messages.text("inventory.changed", label, signed));
    }

    /** Writes what the table shows now (filter applied) as CSV, in the background. */
    public void exportCsv(Path target) {
        exportCsv(target, visible);
    }

    /** Writes {@code shown} — the table's rows in the table's order (its sort) — as CSV, in the background. */
    public void exportCsv(Path target, List<InventoryRow> shown) {
        List<InventoryItemView> snapshot = shown.stream().map(InventoryRow::item).toList();
        executor.submit(() -> Files.writeString(target, InventoryCsv.export(snapshot), StandardCharsets.UTF_8), written -> {
            message.set(Messages.text("inventory.exported", snapshot.size(), target.toAbsolutePath()));
            notifications.info(message.get());
        }, failure -> notifications.error(Messages.text("inventory.export.failed", target, ErrorMessages.describe(failure))));
    }

    /** The Adjust stock dialog's model for the selected product (one idempotency key per dialog). */
    public AdjustStockViewModel newAdjustment() {
        InventoryRow row = selected.get();
        return row == null ? null : new AdjustStockViewModel(row.item(), api, executor, this::applyMovement);
    }

    /** The Import counts dialog's model; the table reloads after an import. */
    public ImportCountsViewModel newImport() {
        return new ImportCountsViewModel(api, executor, this::loadAll);
    }

    public boolean isManager() {
        return manager;
    }

    public ObservableList<InventoryRow> rows() {
        return rows;
    }

    /** The rows the filter lets through; the table shows these. */
    public FilteredList<InventoryRow> visibleRows() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty lowStockOnlyProperty() {
        return lowStockOnly;
    }

    public ObjectProperty<InventoryRow> selectedProperty() {
        return selected;
    }

    public ObservableList<StockMovementView> movements() {
        return movements;
    }

    /** What the stock history says while it has no rows: choose a product, loading, none yet for this product, or failed. */
    public ReadOnlyStringProperty historyPlaceholderProperty() {
        return historyPlaceholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding countTextBinding() {
        return countText;
    }

    public BooleanBinding canAdjustBinding() {
        return canAdjust;
    }

    public StringBinding adjustDisabledReasonBinding() {
        return adjustDisabledReason;
    }

    /** Why Import is disabled, or empty. */
    public String importDisabledReason() {
        return manager ? "" : managersOnly();
    }
}
