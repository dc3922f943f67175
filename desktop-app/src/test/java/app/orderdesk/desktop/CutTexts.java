package app.orderdesk.desktop;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds labels, buttons, headers and table cells on screen whose text JavaFX cut ("…"), and tells
 * apart those whose whole text is still in their tooltip from those nobody can read in full.
 */
public final class CutTexts {

    /** A cut text: where, and whether its tooltip holds the whole text. */
    public record Cut(String where, String text, boolean wholeInTooltip, String shown) {

        public Cut(String where, String text, boolean wholeInTooltip) {
            this(where, text, wholeInTooltip, "");
        }

        @Override
        public String toString() {
            return where + " \"" + text + "\"" + (wholeInTooltip ? " (whole text in its tooltip)" : " (NOT readable in full)");
        }
    }

    private CutTexts() {}

    /**
     * What a screen test reports for the screen under {@code root}: every cut text ("where cut: full shown as cut…")
     * and every prompt text wider than its field. Call on the FX thread after a layout.
     */
    public static List<String> problems(String screen, Node root) {
        List<String> problems = new ArrayList<>();
        under(screen, root).forEach(cut -> problems.add(cut.where() + " cut: \"" + cut.text() + "\" shown as \"" + cut.shown() + "\""));
        prompts(screen, root, problems);
        return problems;
    }

    /**
     * A window without scrolling (a dialog): every visible control lies wholly inside the scene, so nothing is cut
     * off at the window's edge without an "…" (a button half outside, a field below the bottom). Controls inside a
     * scroll pane or a table's rows are the scroller's business and are skipped.
     */
    public static List<String> outsideWindow(String screen, Node root) {
        List<String> problems = new ArrayList<>();
        outside(screen, root, root.getScene().getWidth(), root.getScene().getHeight(), problems);
        return problems;
    }

    private static void outside(String screen, Node node, double width, double height, List<String> problems) {
        if (!node.isVisible() || node instanceof ScrollPane || node.getStyleClass().contains("virtual-flow")) {
            return;
        }
        if (node instanceof javafx.scene.control.Control control && (node instanceof Labeled || node instanceof TextInputControl
                || node instanceof javafx.scene.control.ComboBoxBase || node instanceof javafx.scene.control.Spinner
                || node instanceof javafx.scene.control.ChoiceBox)) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                String text = control instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
                problems.add(screen + " " + where(control) + text + " outside the window (" + Math.round(b.getMinX()) + ","
                        + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()) + " in "
                        + Math.round(width) + "×" + Math.round(height) + ")");
                return; // its parts are outside too
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> outside(screen, child, width, height, problems));
        }
    }

    /** A text field's prompt that is wider than the room inside the field is clipped: people see half a hint. */
    private static void prompts(String screen, Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TextInputControl field && field.getPromptText() != null && !field.getPromptText().isBlank()
                && (field.getText() == null || field.getText().isEmpty())) {
            Text measure = new Text(field.getPromptText());
            measure.setFont(field.getFont());
            double needed = measure.getLayoutBounds().getWidth();
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            if (needed > room + 0.5) {
                problems.add(screen + " " + where(field) + " prompt does not fit (" + Math.round(needed) + " px in "
                        + Math.round(room) + " px): \"" + field.getPromptText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> prompts(screen, child, problems));
        }
    }

    private static String where(Node node) {
        return node.getId() == null ? kind(node) : "#" + node.getId();
    }

    /** Every visible cut text under {@code root}; call on the FX thread. */
    public static List<Cut> under(String screen, Node root) {
        List<Cut> found = new ArrayList<>();
        collect(screen, root, found);
        return found;
    }

    /** A node's class, by its superclass's name for an anonymous class (a table's cell factory). */
    private static String kind(Node node) {
        Class<?> type = node.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass();
        }
        return type.getSimpleName();
    }

    private static void collect(String screen, Node node, List<Cut> found) {
        if (!node.isVisible()) {
            return;
        }
        String shown = node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getTextOverrun() != OverrunStyle.CLIP ? labeled.getChildrenUnmodifiable().stream()
                .filter(c -> c instanceof Text).map(c -> ((Text) c).getText())
                .filter(text -> text != null && !text.equals(labeled.getText()) && text.endsWith(labeled.getEllipsisString()))
                .findFirst().orElse(null) : null;
        if (shown != null) {
            Labeled labeled = (Labeled) node;
            boolean inTooltip = labeled.getTooltip() != null && labeled.getTooltip().getText() != null
                    && labeled.getTooltip().getText().contains(labeled.getText());
            found.add(new Cut(screen + " " + (labeled.getId() == null ? kind(labeled) : "#" + labeled.getId()),
                    labeled.getText(), inTooltip, shown));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(screen, child, found));
        }
    }
}
