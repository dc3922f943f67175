package app.orderdesk.desktop.ui;

import java.util.function.Function;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * Shows an order on the Orders tab (its detail, receipt and timeline) from another screen's row. Walked, session 23:
 * support found a repeat caller on the Customers tab, and a double-click on one of their orders did nothing; the
 * order had to be typed again on the Orders tab.
 */
@FunctionalInterface
public interface OrderOpener {

    /** Opens nothing: a screen shown without the Orders tab (tests of one screen). */
    OrderOpener NONE = (orderId, orderNumber) -> { };

    void open(String orderId, String orderNumber);

    /**
     * Double-click on a row, or Enter with a row selected, opens that row's order through {@code opener}'s current
     * value (read at the time, so a screen built before the Orders tab can be given it later).
     */
    static <T> void onRowsOf(TableView<T> table, Function<T, String> orderId, Function<T, String> orderNumber,
                             java.util.function.Supplier<OrderOpener> opener) {
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    opener.get().open(orderId.apply(row.getItem()), orderNumber.apply(row.getItem()));
                }
            });
            return row;
        });
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                opener.get().open(orderId.apply(selected), orderNumber.apply(selected));
                e.consume();
            }
        });
    }
}
