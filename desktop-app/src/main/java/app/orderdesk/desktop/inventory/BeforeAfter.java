package app.orderdesk.desktop.inventory;

import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.ui.Messages;

/**
 * The stock history's "before → after" cell: the counts around a change, or, for a change that was not measured
 * against a count (a sale: the workflow takes the units off without reading the stock), words that say so instead
 * of an empty cell, with a tooltip that says why.
 */
final class BeforeAfter {

    private static final String SALE = "SALE";

    private BeforeAfter() {}

    static String text(StockMovementView movement) {
        return counted(movement) ? movement.before() + " → " + movement.after() : Messages.text("inventory.history.notCounted");
    }

    /** The tooltip: the cell's text, and for an uncounted change, why it has no before and after. */
    static String tooltip(StockMovementView movement) {
        if (counted(movement)) {
            return text(movement);
        }
        return Messages.text(SALE.equals(movement.reason()) ? "inventory.history.notCounted.sale" : "inventory.history.notCounted.other");
    }

    private static boolean counted(StockMovementView movement) {
        return movement.before() != null && movement.after() != null;
    }
}
