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
     * A date-and-time column never narrower than its dates: in German at 1280 px Attention's "Aufgegeben" column showed
     * "Nov 30, 2026, 8:31 …" (walked, session 19) — the flexible reason column took the room. Every month's 28th at
     * every hour is measured, so the widest month name and hour of the store's format fit.
     */
    static <T> TableColumn<T, String> dateTime(String title, double width, Function<T, java.time.Instant> at) {
        TableColumn<T, String> column = text(title, width, t -> app.orderdesk.desktop.order.StoreDates.dateTime(at.apply(t)));
        column.setMinWidth(Math.max(column.getMinWidth(), app.orderdesk.desktop.ui.FullText.widthOf(column, longestDates())));
        return column;
    }

    private static String[] longestDates() {
        java.util.List<String> dates = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int hour = 0; hour < 24; hour++) {
                dates.add(app.orderdesk.desktop.order.StoreDates.dateTime(
                        java.time.Instant.parse(String.format(java.util.Locale.ROOT, "2026-%02d-28T%02d:59:00Z", month, hour))));
            }
        }
        return dates.toArray(String[]::new);
    }

    static String money(long cents) {
        return app.orderdesk.desktop.order.Money.format(cents);
    }
}
