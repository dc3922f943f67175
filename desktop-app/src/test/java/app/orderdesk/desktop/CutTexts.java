package app.orderdesk.desktop;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
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
