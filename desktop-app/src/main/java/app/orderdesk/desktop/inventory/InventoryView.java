package app.orderdesk.desktop.inventory;

import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.order.StoreDates;
import app.orderdesk.desktop.ui.FullText;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Inventory screen: filterable product table, adjust / import / export, and the movement history. */
public final class InventoryView {


    // Below this width the stock history sits under the table (h-a, issue 13: at the default 1280 px side by side
    // left product names, the history's notes and the toolbar no room; stacked, each gets the window's width).
    private static final double NARROW = 1500;
    private final SplitPane root;
    private final TextField filter;
    private final InventoryViewModel model;
    private final TableView<InventoryRow> table;

    public InventoryView(InventoryViewModel model) {
        this.model = model;
        filter = new TextField();
        filter.setId("inventoryFilter");
        app.orderdesk.desktop.ui.Accessibility.describe(filter, "inventory.filter");
        filter.setPromptText(Messages.text("inventory.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ToggleButton lowStock = new ToggleButton(Messages.text("inventory.lowStockOnly"));
        lowStock.setId("lowStockToggle");
        lowStock.selectedProperty().bindBidirectional(model.lowStockOnlyProperty());
        // A reload symbol, its word in the tooltip and for a screen reader: the toolbar keeps to one row at 1280 px in
        // German too (h-a, issue 13).
        Button reload = new Button(Messages.text("inventory.reload.symbol"));
        reload.setId("inventoryReloadButton");
        reload.setTooltip(new Tooltip(Messages.text("inventory.reload")));
        reload.setAccessibleText(Messages.text("inventory.reload"));
        reload.disableProperty().bind(model.loadingProperty());
        reload.setOnAction(e -> model.loadAll());
        // Off while it loads: the keyboard comes back to it after, not left on Import… (walked under Xvfb, session 18).
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(reload);

        Button adjust = new Button(Messages.text("inventory.adjust"));
        adjust.setId("adjustButton");
        adjust.disableProperty().bind(model.canAdjustBinding().not());
        Tooltip adjustTip = new Tooltip();
        adjustTip.textProperty().bind(Bindings.createStringBinding(() -> model.adjustDisabledReasonBinding().get().isEmpty()
                ? Messages.text("inventory.adjust.tip") : model.adjustDisabledReasonBinding().get(), model.adjustDisabledReasonBinding()));
        adjust.setTooltip(adjustTip);
        adjust.setOnAction(e -> {
            AdjustStockViewModel dialogModel = model.newAdjustment();
            if (dialogModel != null) {
                new AdjustStockDialog(dialogModel, adjust.getScene().getWindow()).show();
            }
        });
        // At 1024 px the whole words do not fit one row (German even less): these four take short words then, as few as
        // the row needs, in this order; their whole words stay their accessible text and head their tooltips (ADR 0046).
        ToolbarWords words = new ToolbarWords();
        javafx.beans.value.ObservableStringValue managersOnly = new ReadOnlyStringWrapper(model.importDisabledReason());
        Button importCounts = new Button();
        importCounts.setId("importButton");
        importCounts.setDisable(!model.isManager());
        words.add(importCounts, "inventory.import", managersOnly);
        importCounts.setOnAction(e -> new ImportCountsDialog(model.newImport(),
                importCounts.getScene().getWindow()).show());
        // h-x: managers create and edit products (Ctrl+Shift+N, Ctrl+E anywhere on this screen).
        Button newProduct = new Button();
        newProduct.setId("newProductButton");
        newProduct.setDisable(!model.isManager());
        newProduct.setOnAction(e -> openProductDialog(model.newProduct()));
        Button editProduct = new Button();
        editProduct.setId("editProductButton");
        editProduct.disableProperty().bind(model.canAdjustBinding().not());
        editProduct.setOnAction(e -> openProductDialog(model.editSelected()));
        Button export = new Button();
        export.setId("exportButton");
        words.add(export, "inventory.export", new ReadOnlyStringWrapper(""));
        words.add(newProduct, "inventory.newProduct", managersOnly);
        words.add(editProduct, "inventory.editProduct", model.adjustDisabledReasonBinding());
        export.setOnAction(e -> {
            java.nio.file.Path file = app.orderdesk.desktop.ui.Folders.chooseCsvToSave(export.getScene().getWindow(),
                    Messages.text("inventory.export.title"), "inventory.csv");
            if (file != null) {
                // What the table shows, in its order: filter and sort as people see them.
                model.exportCsv(file, java.util.List.copyOf(table().getItems()));
            }
        });

        // One row down to 1024 px (ToolbarWords); narrower still, it wraps onto a second row instead of cutting words.
        FlowPane toolbar = new FlowPane(6, 6, filter, lowStock, reload, wrap(adjust, model.adjustDisabledReasonBinding().get()),
                wrap(importCounts, model.importDisabledReason()), wrap(newProduct, model.importDisabledReason()),
                wrap(editProduct, model.adjustDisabledReasonBinding().get()), export);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setId("inventoryToolbar");
        toolbar.getStyleClass().add("od-inventory-toolbar");
        words.fitTo(toolbar);
        filter.setMinWidth(140);
        filter.setPrefWidth(promptWidth(filter));
        for (Control fixed : new Control[] {lowStock, reload, adjust, importCounts, newProduct, editProduct, export}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }

        table = new TableView<>();
        SortedList<InventoryRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("inventoryTable");
        app.orderdesk.desktop.ui.DownIntoTable.install(filter, table); // Down from the filter to the products it left
        table.getStyleClass().add(Styles.ROOMY_WRAPPED_ROWS); // wrapped names keep room above and below, as in the orders list
        app.orderdesk.desktop.ui.Accessibility.describe(table, "inventory.table");
        table.setPlaceholder(new Label(Messages.text("inventory.none")));
        TableColumn<InventoryRow, String> sku = textColumn(Messages.text("inventory.column.sku"), 130, r -> r.item().sku());
        TableColumn<InventoryRow, String> name = textColumn(Messages.text("inventory.column.name"), 400, r -> r.item().name());
        // SKUs and names are the store's own data, of any length: they wrap onto more lines instead of being cut, and the
        // name takes whatever width the numbers leave.
        sku.setCellFactory(FullText.wrappingCells());
        name.setCellFactory(FullText.wrappingCells());
        sku.setMinWidth(FullText.widthOf(sku, "ABCD-12345"));
        sku.setMaxWidth(200);
        name.setMinWidth(FullText.widthOf(name, "Hand coffee grinder"));
        table.getColumns().add(sku);
        table.getColumns().add(name);
        table.getColumns().add(numberColumn(Messages.text("inventory.column.price"), 90, r -> r.item().priceCents(), Money::format, Money.format(9_999_900)));
        table.getColumns().add(numberColumn(Messages.text("inventory.column.available"), 90, r -> r.item().available(), Object::toString, "99999"));
        table.getColumns().add(numberColumn(Messages.text("inventory.column.reserved"), 90, r -> r.item().reserved(), Object::toString, "99999"));
        table.getColumns().add(numberColumn(Messages.text("inventory.column.lowAt"), 80, r -> r.item().lowStockThreshold(), Object::toString, "99999"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(InventoryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.LOW_STOCK_ROW);
                if (!empty && row != null && row.item().lowStock()) {
                    getStyleClass().add(Styles.LOW_STOCK_ROW);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        // After an adjustment the row object is replaced; the model's selection is the one the table shows.
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        model.visibleRows().addListener((javafx.collections.ListChangeListener<InventoryRow>) change -> {
            InventoryRow wanted = model.selectedProperty().get();
            if (wanted != null && table.getSelectionModel().getSelectedItem() != wanted) {
                table.getSelectionModel().select(wanted);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        openAdjustmentFromTheTable(adjust);

        ProgressBar loading = new ProgressBar();
        loading.setId("inventoryProgress");
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label progress = new Label();
        progress.textProperty().bind(model.progressProperty());
        Label count = new Label();
        count.setId("inventoryCount");
        count.getStyleClass().add(Styles.HINT_TEXT);
        count.textProperty().bind(model.countTextBinding());
        Label message = new Label();
        message.setId("inventoryMessage");
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, count, loading, progress, spacer, message);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(10, toolbar, table, footer);
        left.setPadding(new Insets(12));

        root = new SplitPane(left, historyPane(model));
        root.setDividerPositions(0.62);
        // Below NARROW px the stock history moves under the table, so its notes get the window's full
        // width instead of a third of it.
        root.widthProperty().addListener((obs, was, now) -> {
            javafx.geometry.Orientation wanted = now.doubleValue() < NARROW
                    ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL;
            if (root.getOrientation() != wanted) {
                root.setOrientation(wanted);
                root.setDividerPositions(wanted == javafx.geometry.Orientation.VERTICAL ? 0.58 : 0.62);
            }
        });
        root.getStylesheets().add(Styles.stylesheet(InventoryView.class, "inventory.css"));
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (NEW_PRODUCT.match(key) && !newProduct.isDisabled()) {
                key.consume();
                newProduct.fire();
            } else if (EDIT_PRODUCT.match(key) && !editProduct.isDisabled()) {
                key.consume();
                editProduct.fire();
            }
        });
        // Focus may sit outside this screen while it is shown (on its tab's header after a click): the shortcuts are
        // the scene's too, and act only while this screen is the one shown.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(NEW_PRODUCT);
                old.getAccelerators().remove(EDIT_PRODUCT);
            }
            if (scene != null) {
                scene.getAccelerators().put(NEW_PRODUCT, () -> fireWhileShown(newProduct));
                scene.getAccelerators().put(EDIT_PRODUCT, () -> fireWhileShown(editProduct));
            }
        });
    }

    /**
     * Enter or a double-click on a product opens Adjust stock…, as they open an order on the Orders screen (walked under
     * Xvfb, session 18: Enter on a selected product did nothing). For staff, who may not adjust, they do nothing.
     */
    private void openAdjustmentFromTheTable(Button adjust) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ENTER && !key.isShortcutDown() && !key.isShiftDown()
                    && !key.isAltDown() && !adjust.isDisabled()) {
                key.consume();
                adjust.fire();
            }
        });
        table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, click -> {
            if (click.getButton() == javafx.scene.input.MouseButton.PRIMARY && click.getClickCount() == 2
                    && onAProduct(click.getPickResult().getIntersectedNode()) && !adjust.isDisabled()) {
                adjust.fire();
            }
        });
    }

    /** Whether a click landed on a row that holds a product (not the header, not the empty space under the rows). */
    private static boolean onAProduct(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return !row.isEmpty();
            }
        }
        return false;
    }

    private void fireWhileShown(Button button) {
        for (javafx.scene.Node node = root; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return; // another tab is shown: a tab pane hides the content of the others
            }
        }
        if (!button.isDisabled()) {
            button.fire();
        }
    }

    static final javafx.scene.input.KeyCombination NEW_PRODUCT = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);
    static final javafx.scene.input.KeyCombination EDIT_PRODUCT = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private void openProductDialog(ProductEditorViewModel dialogModel) {
        if (dialogModel != null) {
            new ProductEditorDialog(dialogModel, root.getScene() == null ? null : root.getScene().getWindow()).show();
        }
    }

    private static Node historyPane(InventoryViewModel model) {
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            InventoryRow row = model.selectedProperty().get();
            return row == null ? Messages.text("inventory.history") : Messages.text("inventory.history.of", row.item().sku(), row.item().available());
        }, model.selectedProperty()));
        TableView<StockMovementView> movements = new TableView<>(model.movements());
        movements.setId("movementsTable");
        movements.getStyleClass().add(Styles.ROOMY_WRAPPED_ROWS);
        app.orderdesk.desktop.ui.Accessibility.describe(movements, "inventory.movements");
        // The placeholder is a sentence: it wraps inside the table instead of ending in "…".
        Label none = new Label();
        none.textProperty().bind(model.historyPlaceholderProperty()); // h-a: "no stock changes yet" once a product is chosen
        none.setId("movementsPlaceholder");
        none.setWrapText(true);
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.setPadding(new Insets(12));
        none.setMinHeight(Region.USE_PREF_SIZE);
        movements.setPlaceholder(none);
        TableColumn<StockMovementView, String> when = textColumn(Messages.text("inventory.history.when"), 190, m -> StoreDates.dateTimeSeconds(m.at()));
        // Date and time may take two lines: on one line the five columns' least widths added up to more than the pane
        // at 1600 px in a real window, whose fonts are wider than the headless tests' (HistoryFitsItsPaneScreenTest).
        when.setCellFactory(FullText.wrappingCells());
        String latest = StoreDates.dateTimeSeconds(java.time.Instant.parse("2026-12-28T22:59:59Z"));
        int lastSpace = latest.lastIndexOf(' ', latest.length() - 4); // before the time ("10:59:59 PM" keeps together)
        when.setMinWidth(FullText.widthOf(when, latest.substring(0, Math.max(1, lastSpace)), latest.substring(lastSpace + 1)));
        movements.getColumns().add(when);
        TableColumn<StockMovementView, String> who = textColumn(Messages.text("inventory.history.who"), 280, StockMovementView::actor);
        who.setCellFactory(FullText.wrappingEmailCells()); // breaks before '@' and after '.', like the orders list
        who.setMinWidth(FullText.widthOf(who, FullText.emailPieces("manager@example")));
        movements.getColumns().add(who);
        // Reason and note: the longest text here, it wraps and takes what the other columns leave.
        TableColumn<StockMovementView, String> why = textColumn(Messages.text("inventory.history.why"), 420, m -> AdjustReason.describe(m.reason())
                + (m.note() == null || m.note().isBlank() ? "" : " — " + m.note()));
        why.setCellFactory(FullText.wrappingCells());
        why.setMinWidth(FullText.widthOf(why, "Return restock —"));
        movements.getColumns().add(why);
        TableColumn<StockMovementView, String> delta = textColumn("Δ", 64, m -> (m.delta() > 0 ? "+" : "") + m.delta());
        // "+10" showed as "…": the change column keeps room for five digits and a sign.
        delta.setMinWidth(Math.max(64, FullText.widthOf(delta, "+99999")));
        delta.setMaxWidth(delta.getMinWidth() + 40);
        delta.setStyle("-fx-alignment: CENTER-RIGHT;");
        movements.getColumns().add(delta);
        TableColumn<StockMovementView, String> beforeAfter = textColumn(Messages.text("inventory.history.beforeAfter"), 110,
                BeforeAfter::text);
        // A sale has no before and after (not counted): the cell says so in words, its tooltip says why.
        beforeAfter.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                StockMovementView movement = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
                        ? null : getTableView().getItems().get(getIndex());
                setText(empty ? null : item);
                setTooltip(movement == null ? null : new Tooltip(BeforeAfter.tooltip(movement)));
            }
        });
        beforeAfter.setMinWidth(FullText.widthOf(beforeAfter, "99999 → 99999", Messages.text("inventory.history.notCounted")));
        beforeAfter.setMaxWidth(beforeAfter.getMinWidth() + 60);
        movements.getColumns().add(beforeAfter);
        movements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(movements, Priority.ALWAYS);
        VBox box = new VBox(8, title, movements);
        box.setPadding(new Insets(12));
        return box;
    }

    /** Wide enough that its whole prompt shows (it is the hint of what the field does). */
    private static double promptWidth(TextField field) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(field.getPromptText());
        measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14)); // the themes' body size
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 32; // the field's padding and border
    }

    /** A disabled control shows no tooltip, so the reason also goes on a wrapper that stays enabled. */
    private static Node wrap(Button button, String reason) {
        StackPane wrapper = new StackPane(button);
        if (button.getTooltip() != null) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(button.getTooltip().textProperty());
            Tooltip.install(wrapper, tip);
        } else if (reason != null && !reason.isEmpty()) {
            Tooltip.install(wrapper, new Tooltip(reason));
        }
        return wrapper;
    }

    private static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // A cut-off note or name can still be read in full: the cell's tooltip holds it.
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** {@code widest}: the longest value the column keeps whole; the column stays near that width, the name takes the rest. */
    private static TableColumn<InventoryRow, Long> numberColumn(String title, double width, Function<InventoryRow, Long> value,
                                                                Function<Long, String> format, String widest) {
        TableColumn<InventoryRow, Long> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(FullText.widthOf(column, widest));
        column.setMaxWidth(Math.max(width, column.getMinWidth()) + 30);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Loads the products the first time the screen is shown. */
    public void loadIfEmpty() {
        if (model.rows().isEmpty() && !model.loadingProperty().get()) {
            model.loadAll();
        }
    }

    /** Puts the keyboard in the filter (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<InventoryRow> table() {
        return table;
    }

    public Parent root() {
        return root;
    }
}
