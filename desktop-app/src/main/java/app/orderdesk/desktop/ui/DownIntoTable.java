package app.orderdesk.desktop.ui;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Down in a filter or search field goes into its results, on the first row (or the one already chosen): from the
 * inventory filter the table was seven Tabs away, past every toolbar button (walked under Xvfb, session 11).
 */
public final class DownIntoTable {

    private DownIntoTable() {}

    public static void install(TextField field, TableView<?> table) {
        field.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() != KeyCode.DOWN || key.isShortcutDown() || key.isAltDown() || table.getItems().isEmpty()) {
                return;
            }
            key.consume();
            if (table.getSelectionModel().getSelectedIndex() < 0) {
                table.getSelectionModel().selectFirst();
            }
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
            table.requestFocus();
        });
    }
}
