package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The product row of the order form, built for a phone call: one field that finds products by SKU or
 * name as people type (price and stock shown), ↑/↓ to choose, Enter to add with the quantity typed;
 * the field is then empty again for the next product. Enter on the empty field goes on to the customer.
 */
final class ProductPickerPane {

    private static final int VISIBLE_SUGGESTIONS = 5;

    private final VBox root;
    private final TextField field = new TextField();
    private final TextField quantity = new TextField("1");

    private static boolean promptFits(TextField field, String prompt, double width) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(prompt);
        measure.setFont(field.getFont());
        return measure.getLayoutBounds().getWidth() <= width - field.snappedLeftInset() - field.snappedRightInset();
    }

    ProductPickerPane(OrderDraftViewModel model, Runnable onDone) {
        ProductSearchViewModel search = model.search();
        field.setId("productField");
        field.setPromptText(Messages.text("order.picker.prompt"));
        // h-a (issue 13): in a narrow field (German at 1024 px) the prompt keeps its first part whole instead of being
        // clipped mid-word; the keys it leaves out are in the tooltip.
        field.setTooltip(new javafx.scene.control.Tooltip(Messages.text("order.picker.prompt")));
        field.widthProperty().addListener((obs, old, width) -> field.setPromptText(Messages.text(
                promptFits(field, Messages.text("order.picker.prompt"), width.doubleValue()) ? "order.picker.prompt" : "order.picker.prompt.short")));
        field.setAccessibleText("Product: type a SKU or a name");
        field.textProperty().bindBidirectional(search.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);

        ListView<InventoryItemView> suggestions = new ListView<>(search.products());
        suggestions.setId("productSuggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setCellFactory(list -> new SuggestionCell());
        // No fixed cell size: a suggestion longer than the list wraps onto a second line (its price and stock were
        // cut at the right edge behind a sideways scroll bar at 1024x640 in German; walked by hand, session 10).
        suggestions.setPrefHeight(28 * VISIBLE_SUGGESTIONS + 4);
        suggestions.setMinHeight(0);
        suggestions.visibleProperty().bind(search.queryProperty().isNotEmpty().and(model.editableBinding()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        // While an answer is slow the last answer's products are dimmed and the row says it is searching; after a
        // failure none are offered and the list says so (session 19, cloud frozen: old products under new text, 30 s).
        Label placeholder = new Label();
        placeholder.setId("productSuggestionsNote");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.text(
                        search.slowProperty().get() ? "order.picker.searching"
                                : search.failedProperty().get() ? "order.picker.failed" : "order.picker.none"),
                search.slowProperty(), search.failedProperty()));
        suggestions.setPlaceholder(placeholder);
        suggestions.opacityProperty().bind(javafx.beans.binding.Bindings.when(search.slowProperty()).then(0.5).otherwise(1.0));
        // The list follows the highlighted match (arrows in the field), and a click highlights it.
        search.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                suggestions.getSelectionModel().clearSelection();
            } else if (suggestions.getSelectionModel().getSelectedItem() != now) {
                suggestions.getSelectionModel().select(now);
                suggestions.scrollTo(now);
            }
        });
        suggestions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                search.selectedProperty().set(now);
            }
        });
        suggestions.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addAndReturn(model);
            }
        });

        UnaryOperator<TextFormatter.Change> digitsOnly = change -> change.getControlNewText().matches("\\d{0,4}") ? change : null;
        quantity.setTextFormatter(new TextFormatter<>(digitsOnly));
        quantity.setId("quantityField");
        quantity.setAccessibleText("Quantity");
        quantity.setPrefColumnCount(4);
        quantity.textProperty().addListener((obs, old, now) ->
                search.quantityProperty().set(now == null || now.isEmpty() ? 0 : Integer.parseInt(now)));
        search.quantityProperty().addListener((obs, old, now) -> {
            if (!String.valueOf(now.intValue()).equals(quantity.getText()) && now.intValue() > 0) {
                quantity.setText(String.valueOf(now.intValue()));
            }
        });
        quantity.focusedProperty().addListener((obs, old, focused) -> {
            if (focused) {
                quantity.selectAll();
            }
        });

        Button add = new Button(Messages.text("order.picker.add"));
        add.setId("addLineButton");
        // Enter adds from either field; the button is for the mouse and stays out of the Tab path.
        add.setFocusTraversable(false);
        add.disableProperty().bind(model.canAddLineBinding().not());
        add.setOnAction(e -> addAndReturn(model));

        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> { search.move(1); e.consume(); }
                case UP -> { search.move(-1); e.consume(); }
                case ENTER -> {
                    if (e.isShortcutDown()) {
                        return; // Ctrl+Enter submits the order (the screen's shortcut)
                    }
                    if (field.getText() == null || field.getText().isBlank()) {
                        onDone.run();
                    } else {
                        model.addLineWhenReady();
                    }
                    e.consume();
                }
                case ESCAPE -> {
                    if (!field.getText().isEmpty()) {
                        search.clear();
                        e.consume();
                    }
                }
                default -> { }
            }
        });
        quantity.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                addAndReturn(model);
            }
        });

        Label qty = new Label(Messages.text("order.picker.quantity"));
        qty.setLabelFor(quantity);
        for (Region fixed : new Region[] {qty, quantity, add}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.setMinWidth(160);
        // "Searching…" sits over the dimmed suggestions' top right corner: beside the field it took its width from the
        // product field for as long as it showed (session 20's walk), and under the row it would push the list down.
        Label searching = new Label(Messages.text("order.picker.searching"));
        searching.setId("productSearching");
        searching.getStyleClass().add(Styles.BUSY_BADGE);
        searching.setMouseTransparent(true);
        searching.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        searching.visibleProperty().bind(search.slowProperty().and(search.queryProperty().isNotEmpty()));
        StackPane suggestionsWithState = new StackPane(suggestions, searching);
        StackPane.setAlignment(searching, Pos.TOP_RIGHT);
        suggestionsWithState.visibleProperty().bind(suggestions.visibleProperty());
        suggestionsWithState.managedProperty().bind(suggestions.visibleProperty());
        HBox row = new HBox(8, field, qty, quantity, add);
        row.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, row, suggestionsWithState);
        root.disableProperty().bind(model.editableBinding().not());
    }

    private void addAndReturn(OrderDraftViewModel model) {
        model.addLineWhenReady();
        focus();
    }

    /** Puts the keyboard in the product field (after a new order, after adding a line). */
    void focus() {
        field.requestFocus();
    }

    Node root() {
        return root;
    }

    /** "SKU — name — price — N available", out-of-stock products marked. */
    private static final class SuggestionCell extends ListCell<InventoryItemView> {
        SuggestionCell() {
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, never wider: the text wraps instead of scrolling sideways
        }

        @Override
        protected void updateItem(InventoryItemView item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.LINE_OVER_STOCK);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(ProductLabels.pickerLabel(item));
            if (item.available() <= 0) {
                getStyleClass().add(Styles.LINE_OVER_STOCK);
            }
        }
    }
}
