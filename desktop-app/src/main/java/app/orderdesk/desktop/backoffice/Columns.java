package app.orderdesk.desktop.backoffice;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns for the back-office tables. */
final class Columns {

    private Columns() {}

    static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(app.orderdesk.desktop.ui.FullText.widthOf(column)); // the header stays whole (h-a, issue 13)
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
        return column;
    }

    static String money(long cents) {
        return app.orderdesk.desktop.order.Money.format(cents);
    }
}
