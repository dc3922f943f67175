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

    /**
     * A column of prose (why an order needs attention): walked at 1024×640 (session 22) Attention's "What went wrong"
     * read "The payment service kept failing; no payme…"; its words now wrap in the cell and the row grows.
     */
    static <T> TableColumn<T, String> wrapping(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        column.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingCells());
        return column;
    }

    /**
     * A date-and-time column never narrower than its dates: in German at 1280 px Attention's "Aufgegeben" column showed
     * "Nov 30, 2026, 8:31 …" (walked, session 19) — the flexible reason column took the room. Measured as the orders
     * list and the outbox measure theirs: the dates shown, whenever the rows change.
     */
    static <T> TableColumn<T, String> dateTime(String title, double width, javafx.collections.ObservableList<T> rows,
                                               Function<T, java.time.Instant> at) {
        return wholeText(title, width, rows, t -> app.orderdesk.desktop.order.StoreDates.dateTime(at.apply(t)));
    }

    /**
     * A text column never narrower than the values it shows, re-measured whenever the rows change: short words such as
     * a status ("Fehlgeschlag…" in German at 1024 px, Attention, session 20) stay whole; long text belongs in a
     * flexible column instead.
     */
    static <T> TableColumn<T, String> wholeText(String title, double width, javafx.collections.ObservableList<T> rows,
                                                Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        Runnable fit = () -> app.orderdesk.desktop.ui.FullText.atLeast(column, rows.stream().map(value).toArray(String[]::new));
        rows.addListener((javafx.collections.ListChangeListener<T>) change -> fit.run());
        fit.run();
        return column;
    }

    static String money(long cents) {
        return app.orderdesk.desktop.order.Money.format(cents);
    }
}
