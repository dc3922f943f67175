package app.orderdesk.desktop.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * A table inside a scrolling pane that is as tall as its rows as they are laid out (header, every row, its border),
 * between a least and a most height, so an order's lines show without a scroll bar of their own. Measured, not worked
 * out from a row height: wrapped rows in a {@link Styles#ROOMY_WRAPPED_ROWS} table are as tall as their lines plus the
 * room around them, which depends on the font, the theme and the column's width (ADR 0046's gap, issue 13).
 */
public final class TableFitsItsRows {

    // Rows the flow has not laid out yet (the table is still too short for them) count as this tall until it has.
    private static final double ONE_LINE_ROW = 42;
    // Fractions of a pixel summed over the rows must not tip the flow into showing its scroll bar.
    private static final double SLACK = 1;

    private TableFitsItsRows() {}

    /** After each layout of {@code table}, its preferred height becomes what its rows need, kept within least and most. */
    public static void install(TableView<?> table, double least, double most) {
        table.setPrefHeight(least);
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                double wanted = Math.max(least, Math.min(most, needed(table)));
                // Only a real change: setting the same height again would ask for another layout, and so on.
                if (Math.abs(wanted - table.getPrefHeight()) > 0.5) {
                    table.setPrefHeight(wanted);
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
        Map<Integer, Double> heights = new HashMap<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            // The flow keeps an invisible row for measuring; only the rows on screen count.
            if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getIndex() >= 0 && row.getIndex() < count) {
                heights.merge(row.getIndex(), row.getHeight(), Math::max);
            }
        }
        double tallest = heights.values().stream().mapToDouble(Double::doubleValue).max().orElse(ONE_LINE_ROW);
        double rows = heights.values().stream().mapToDouble(Double::doubleValue).sum() + (count - heights.size()) * tallest;
        Node header = table.lookup(".column-header-background");
        double headerHeight = header == null ? 0 : header.getLayoutBounds().getHeight();
        return Math.ceil(headerHeight + rows + table.snappedTopInset() + table.snappedBottomInset() + SLACK);
    }
}
