package app.orderdesk.desktop.order;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The table of drafted lines with a remove button per line. */
final class OrderLinesTable {

    private final TableView<DraftLine> table = new TableView<>();

    OrderLinesTable(OrderDraftViewModel model) {
        table.setId("linesTable");
        table.setItems(model.lines());
        table.setPlaceholder(new Label("No lines yet: choose a product and press Add line."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);

        TableColumn<DraftLine, String> product = new TableColumn<>("Product");
        product.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().productLabel()));
        product.setPrefWidth(260);
        TableColumn<DraftLine, Integer> qty = new TableColumn<>("Qty");
        qty.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quantity()));
        TableColumn<DraftLine, String> unit = new TableColumn<>("Unit price");
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().unitPriceCents())));
        TableColumn<DraftLine, String> total = new TableColumn<>("Line total");
        total.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().lineTotalCents())));
        TableColumn<DraftLine, DraftLine> remove = new TableColumn<>("");
        remove.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        remove.setCellFactory(c -> new RemoveCell(model));
        remove.setSortable(false);

        table.getColumns().setAll(List.of(product, qty, unit, total, remove));
    }

    TableView<DraftLine> root() {
        return table;
    }

    /** A "Remove" button for its row's line. */
    private static final class RemoveCell extends TableCell<DraftLine, DraftLine> {
        private final Button button = new Button("Remove");

        RemoveCell(OrderDraftViewModel model) {
            button.getStyleClass().add("small");
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
