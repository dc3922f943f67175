package app.orderdesk.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/** Keyboard and screen-reader plumbing that forms share. */
public final class FormAccess {

    private FormAccess() {}

    /**
     * Tab in a text area moves on (as in every other field) instead of typing a tab: otherwise the
     * keyboard is trapped in the note and never reaches the buttons under it. Shift+Tab moves back;
     * Ctrl+Tab keeps the text area's own meaning.
     */
    public static TextArea leaveWithTab(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                // Ctrl+Tab is the text area's own "move focus on"; Shift keeps the direction.
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        event.isAltDown(), event.isMetaDown()));
            }
        });
        return area;
    }

    /**
     * In a two-column form grid (label, field), makes each label in column 0 the label of the field
     * beside it, so a screen reader names the field by the words people see.
     */
    public static void linkLabels(GridPane form) {
        for (Node node : form.getChildren()) {
            if (node instanceof Label label && label.getLabelFor() == null && column(node) == 0) {
                form.getChildren().stream()
                        .filter(other -> column(other) == 1 && row(other) == row(label) && !(other instanceof Label))
                        .findFirst().ifPresent(label::setLabelFor);
            }
        }
    }

    private static int column(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }

    private static int row(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }
}
