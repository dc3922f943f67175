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
    public record Cut(String where, String text, boolean wholeInTooltip) {
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

    private static void collect(String screen, Node node, List<Cut> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getTextOverrun() != OverrunStyle.CLIP && labeled.getChildrenUnmodifiable().stream()
                .filter(c -> c instanceof Text).map(c -> ((Text) c).getText())
                .anyMatch(shown -> !shown.equals(labeled.getText()) && shown.endsWith(labeled.getEllipsisString()))) {
            boolean inTooltip = labeled.getTooltip() != null && labeled.getTooltip().getText() != null
                    && labeled.getTooltip().getText().contains(labeled.getText());
            found.add(new Cut(screen + " " + (labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId()),
                    labeled.getText(), inTooltip));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(screen, child, found));
        }
    }
}
