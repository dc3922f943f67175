package app.orderdesk.desktop.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * A table inside a scrolling pane that is as tall as its rows as they are laid out (header, every row, its border),
 * between a least and a most height, so an order's lines show without a scroll bar of their own. Measured, not worked
 * out from a row height: wrapped rows in a {@link Styles#ROOMY_WRAPPED_ROWS} table are as tall as their lines plus the
 * room around them, which depends on the font, the theme and the column's width (ADR 0046's gap, issue 13).
 * A list the same (the order detail's timeline: its last step was half hidden in a scroll box of its own inside the
 * scrolling detail, walked in German, session 19).
 */
public final class TableFitsItsRows {

    // Rows the flow has not laid out yet (the table is still too short for them) count as this tall until it has.
    private static final double ONE_LINE_ROW = 42;
    // Fractions of a pixel summed over the rows must not tip the flow into showing its scroll bar.
    private static final double SLACK = 1;

    private TableFitsItsRows() {}

    /** After each layout of {@code table}, its preferred height becomes what its rows need, kept within least and most. */
    public static void install(TableView<?> table, double least, double most) {
        fit(table, least, most, () -> needed(table));
    }

    /** After each layout of {@code list}, its preferred height becomes what its cells need, kept within least and most. */
    public static void install(ListView<?> list, double least, double most) {
        fit(list, least, most, () -> needed(list));
    }

    private static void fit(Control control, double least, double most, DoubleSupplier needed) {
        control.setPrefHeight(least);
        control.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                double wanted = Math.max(least, Math.min(most, needed.getAsDouble()));
                // Only a real change: setting the same height again would ask for another layout, and so on.
                if (Math.abs(wanted - control.getPrefHeight()) > 0.5) {
                    // Set once this layout pass is over: set during it, the new height was sometimes never laid out
                    // (session 21: the detail's lines table stayed 101 px tall with 159 px preferred, its second line
                    // cut, until something else in the window moved).
                    Platform.runLater(() -> control.setPrefHeight(wanted));
                }
            }
        });
    }

    /** The height that shows the header and every row whole, from the rows as the table's flow laid them out. */
    static double needed(TableView<?> table) {
        int count = table.getItems() == null ? 0 : table.getItems().size();
        if (count == 0) {
            return 0; // the placeholder: the least height holds it
        }
        Node header = table.lookup(".column-header-background");
        double headerHeight = header == null ? 0 : header.getLayoutBounds().getHeight();
        return Math.ceil(headerHeight + cells(table, ".table-row-cell", count) + table.snappedTopInset() + table.snappedBottomInset() + SLACK);
    }

    /** The height that shows every cell whole, from the cells as the list's flow laid them out. */
    static double needed(ListView<?> list) {
        int count = list.getItems() == null ? 0 : list.getItems().size();
        if (count == 0) {
            return 0;
        }
        return Math.ceil(cells(list, ".list-cell", count) + list.snappedTopInset() + list.snappedBottomInset() + SLACK);
    }

    private static double cells(Control control, String selector, int count) {
        Map<Integer, Double> heights = new HashMap<>();
        for (Node node : control.lookupAll(selector)) {
            // The flow keeps an invisible cell for measuring; only the cells on screen count.
            if (node instanceof IndexedCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getIndex() >= 0 && cell.getIndex() < count) {
                heights.merge(cell.getIndex(), cell.getHeight(), Math::max);
            }
        }
        double tallest = heights.values().stream().mapToDouble(Double::doubleValue).max().orElse(ONE_LINE_ROW);
        return heights.values().stream().mapToDouble(Double::doubleValue).sum() + (count - heights.size()) * tallest;
    }
}
