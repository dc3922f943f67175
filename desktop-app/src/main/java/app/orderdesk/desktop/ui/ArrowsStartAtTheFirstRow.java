package app.orderdesk.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * ↓ or ↑ in a table or list with nothing chosen chooses the row the keyboard is on (the first, when none). JavaFX keeps
 * the keyboard on the first row without choosing it, so ↓ went to the second and skipped the first; with one row it
 * did nothing: walked under Xvfb (session 19), Tab into Attention's one failed order and ↓ left Retry and Cancel off.
 * Installed once on a window's root, for every table and list in it.
 */
public final class ArrowsStartAtTheFirstRow {

    private ArrowsStartAtTheFirstRow() {}

    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if ((key.getCode() != KeyCode.DOWN && key.getCode() != KeyCode.UP)
                    || key.isShortcutDown() || key.isAltDown() || key.isShiftDown()) {
                return;
            }
            // Only when it chose a row: scrollTo puts the row at the top, which on every ↓ would make the list jump.
            if (key.getTarget() instanceof TableView<?> table) {
                int chosen = chooseTheKeyboardsRow(key, table.getItems().size(), table.getSelectionModel(), table.getFocusModel().getFocusedIndex());
                if (chosen >= 0) {
                    table.scrollTo(chosen);
                }
            } else if (key.getTarget() instanceof ListView<?> list) {
                int chosen = chooseTheKeyboardsRow(key, list.getItems().size(), list.getSelectionModel(), list.getFocusModel().getFocusedIndex());
                if (chosen >= 0) {
                    list.scrollTo(chosen);
                }
            }
        });
    }

    /** The row chosen, or -1 when there was nothing to choose or a row was chosen already (JavaFX then moves on). */
    private static int chooseTheKeyboardsRow(KeyEvent key, int rows, MultipleSelectionModel<?> selection, int focused) {
        if (rows == 0 || selection == null || !selection.isEmpty()) {
            return -1;
        }
        key.consume();
        int row = focused >= 0 && focused < rows ? focused : 0;
        selection.select(row);
        return row;
    }
}
