package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.IntegerStringConverter;

/**
 * The table of drafted lines. Quantities are edited in place (type a digit or F2 on a row); Delete
 * removes the selected line (Ctrl+Z brings it back). The per-row Remove button is for the mouse
 * and stays out of the Tab path, so typing in the next field can never press it.
 */
final class OrderLinesTable {

    private static final double LEAST_HEIGHT = 250;
    private static final double MOST_HEIGHT = 420;

    private final TableView<DraftLine> table = new TableView<>();
    private final TableColumn<DraftLine, Integer> qty = new TableColumn<>(Messages.text("order.lines.column.quantity"));

    OrderLinesTable(OrderDraftViewModel model) {
        table.setId("linesTable");
        table.setItems(model.lines());
        Label none = new Label(Messages.text("order.lines.none"));
        none.setWrapText(true); // the German sentence is wider than the table at 1280 px
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.setPadding(new javafx.geometry.Insets(8));
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Wrapped names keep room above and below, as in the orders list (ADR 0046); the table grows with its rows from
        // the height of three two-line names (h-a, issue 13) so the lines show without a scroll bar in the scrolling form.
        table.getStyleClass().add(Styles.ROOMY_WRAPPED_ROWS);
        app.orderdesk.desktop.ui.TableFitsItsRows.install(table, LEAST_HEIGHT, MOST_HEIGHT);
        table.setMinHeight(90);
        table.setEditable(true);
        table.editableProperty().bind(model.editableBinding());
        table.setAccessibleText("Order lines: Delete removes, a digit or F2 edits the quantity");

        TableColumn<DraftLine, String> product = new TableColumn<>(Messages.text("order.lines.column.product"));
        product.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().productLabel()));
        product.setPrefWidth(240);
        // A long name wraps onto a second line instead of being cut (h-a, issue 13); the row grows with it.
        product.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingCells());
        product.setEditable(false);
        qty.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quantity()));
        qty.setCellFactory(column -> new QuantityCell());
        qty.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                int row = e.getTablePosition().getRow();
                model.changeQuantity(e.getRowValue(), e.getNewValue());
                // The changed line replaces the old one in the list, which cleared the selection: the keyboard stays on it.
                table.getSelectionModel().select(row);
            }
        });
        qty.setPrefWidth(60);
        TableColumn<DraftLine, String> stock = new TableColumn<>(Messages.text("order.lines.column.stock"));
        OrderLinesViewModel orderLines = model.orderLines();
        // Follows pushed stock without replacing the line (its selection and a quantity being typed stay).
        stock.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> String.valueOf(orderLines.available(c.getValue())), orderLines.stockNow()));
        stock.setEditable(false);
        stock.setPrefWidth(70);
        TableColumn<DraftLine, String> unit = new TableColumn<>(Messages.text("order.lines.column.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().unitPriceCents())));
        unit.setEditable(false);
        TableColumn<DraftLine, String> total = new TableColumn<>(Messages.text("order.lines.column.total"));
        total.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().lineTotalCents())));
        total.setEditable(false);
        TableColumn<DraftLine, DraftLine> remove = new TableColumn<>("");
        remove.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        remove.setCellFactory(c -> new RemoveCell(model));
        remove.setSortable(false);
        remove.setEditable(false);
        remove.setMinWidth(100); // "Entfernen" needs it

        // Numbers keep their room; the product name gives way first.
        // Headers keep their words ("Menge", "Vorrätig", "Unit price"), measured per language so the product column keeps the rest.
        qty.setMinWidth(Math.max(56, app.orderdesk.desktop.ui.FullText.widthOf(qty, "999")));
        stock.setMinWidth(Math.max(64, app.orderdesk.desktop.ui.FullText.widthOf(stock, "9999")));
        // "Unit price" stays whole, and so do amounts up to 99,999.99 in the store's currency.
        unit.setMinWidth(Math.max(84, app.orderdesk.desktop.ui.FullText.widthOf(unit, Money.format(9_999_999))));
        total.setMinWidth(Math.max(84, app.orderdesk.desktop.ui.FullText.widthOf(total, Money.format(9_999_999))));
        product.setMinWidth(120);
        // h-a (issue 13): numbers and the Remove button keep about their measured width; the product takes the rest.
        for (TableColumn<DraftLine, ?> fixed : List.of(qty, stock, unit, total, remove)) {
            fixed.setMaxWidth(fixed.getMinWidth() + 12);
        }
        product.setPrefWidth(400);
        table.getColumns().setAll(List.of(product, qty, stock, unit, total, remove));
        table.setRowFactory(t -> new TableRow<>() {
            private final javafx.collections.MapChangeListener<String, Long> stockPushed = change -> markOverStock();
            {
                orderLines.stockNow().addListener(new javafx.collections.WeakMapChangeListener<>(stockPushed));
            }

            @Override
            protected void updateItem(DraftLine line, boolean empty) {
                super.updateItem(line, empty);
                markOverStock();
            }

            private void markOverStock() {
                getStyleClass().remove(Styles.LINE_OVER_STOCK);
                if (!isEmpty() && getItem() != null && orderLines.exceedsStock(getItem())) {
                    getStyleClass().add(Styles.LINE_OVER_STOCK);
                }
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            DraftLine selected = table.getSelectionModel().getSelectedItem();
            int row = table.getSelectionModel().getSelectedIndex();
            if (table.getEditingCell() != null) {
                return;
            }
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                model.removeLine(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
                model.undoRemove();
                e.consume();
            } else if (selected != null && e.getCode() == KeyCode.F2) {
                table.edit(row, qty);
                e.consume();
            }
        });
        // A digit on a selected line starts editing its quantity with that digit, as in a spreadsheet. It was started on
        // the key press, and "1, 2, Enter" kept the old quantity (LineQuantityByDigitScreenTest, session 11): the typed
        // character is what carries the digit, so the edit starts from it and puts it in the field itself.
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            int row = table.getSelectionModel().getSelectedIndex();
            if (table.getEditingCell() != null || row < 0 || !table.isEditable() || e.isShortcutDown()
                    || typed.length() != 1 || !Character.isDigit(typed.charAt(0))) {
                return;
            }
            table.edit(row, qty);
            table.lookupAll(".text-field").stream()
                    .filter(node -> node instanceof javafx.scene.control.TextField
                            && node.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isEditing())
                    .map(javafx.scene.control.TextField.class::cast)
                    .findFirst()
                    .ifPresent(field -> {
                        field.requestFocus();
                        field.setText(typed);
                        caretAfterTheDigit(field);
                        e.consume();
                    });
        });
    }

    /**
     * The edit's field gets its skin at the next pulse, and the skin selects the whole text when it arrives: the next
     * digit would then replace the first ("1", "2" gave 2, not 12). The caret goes after the digit once the skin is there.
     */
    private static void caretAfterTheDigit(javafx.scene.control.TextField field) {
        if (field.getSkin() != null) {
            field.end();
            return;
        }
        field.skinProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Skin<?>> skin,
                    javafx.scene.control.Skin<?> was, javafx.scene.control.Skin<?> now) {
                field.skinProperty().removeListener(this);
                field.end();
            }
        });
    }

    TableView<DraftLine> root() {
        return table;
    }

    /**
     * Commits a quantity still being typed in the table, as Enter would; true when nothing is left pending. Submit and
     * Ctrl+Enter call it first: JavaFX's cell commits only on Enter, so "5" typed over a line's 2 and then Ctrl+Enter
     * sent the order with 2 (audit, session 33). False when the typed text is no quantity: the edit stays open with it,
     * and nothing is sent.
     */
    boolean commitPendingEdit() {
        QuantityCell editing = editingQuantityCell();
        if (editing == null || editing.commitTyped()) {
            return true;
        }
        editing.getGraphic().requestFocus(); // the typed text stays in front of the person
        return false;
    }

    private QuantityCell editingQuantityCell() {
        for (javafx.scene.Node node : table.lookupAll(".table-cell")) {
            if (node instanceof QuantityCell cell && cell.isEditing()) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The quantity cell: a text field while editing that also commits when the keyboard leaves it (a click on Submit, on
     * another field) instead of dropping what was typed, as JavaFX's own cell does. Esc still cancels.
     */
    private static final class QuantityCell extends TextFieldTableCell<DraftLine, Integer> {

        QuantityCell() {
            super(new SafeIntegerConverter());
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (isEditing() && getGraphic() instanceof javafx.scene.control.TextField field) {
                field.focusedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> focus, Boolean was, Boolean now) {
                        if (!now) {
                            field.focusedProperty().removeListener(this);
                            if (isEditing() && getGraphic() == field && !commitTyped()) {
                                cancelEdit(); // no quantity typed: the line keeps its own, as Enter on a typo does
                            }
                        }
                    }
                });
            }
        }

        /** Commits the field's text when it is a quantity; false (the edit left open) when it is not. */
        boolean commitTyped() {
            if (!(getGraphic() instanceof javafx.scene.control.TextField field)) {
                return true;
            }
            Integer typed = getConverter().fromString(field.getText());
            if (typed == null) {
                return false;
            }
            commitEdit(typed);
            return true;
        }
    }

    /** A typo in the quantity cell keeps the old quantity instead of throwing. */
    private static final class SafeIntegerConverter extends IntegerStringConverter {
        @Override
        public Integer fromString(String text) {
            try {
                return super.fromString(text == null ? null : text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** A "Remove" button for its row's line (mouse only; Delete does it from the keyboard). */
    private static final class RemoveCell extends TableCell<DraftLine, DraftLine> {
        private final Button button = new Button(Messages.text("order.lines.remove"));

        RemoveCell(OrderDraftViewModel model) {
            button.getStyleClass().add("small");
            button.setFocusTraversable(false);
            button.disableProperty().bind(model.editableBinding().not());
            button.setOnAction(e -> {
                if (getItem() != null) {
                    model.removeLine(getItem());
                }
            });
        }

        @Override
        protected void updateItem(DraftLine line, boolean empty) {
            super.updateItem(line, empty);
            setGraphic(empty || line == null ? null : button);
        }
    }
}
