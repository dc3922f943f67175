package app.orderdesk.desktop.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * h-a (issue 13): a scroll pane that follows the keyboard. JavaFX's {@link ScrollPane} does not scroll when
 * Tab moves the focus to a control below (or above) its viewport, so at 1024×640 keyboard users typed into
 * fields they could not see. Installed on a pane, this watches its scene's focus owner; when the focused node
 * lies in the pane's content and is not wholly in view, the pane scrolls the least that brings the node (and
 * a small margin) into view: down to show its bottom edge, up to show its top edge; a node taller than the
 * viewport shows its top.
 */
public final class FocusFollowingScroll {

    /** Room left around the focused control, so its focus ring and a bit of its neighbour show too. */
    static final double MARGIN = 8;

    private static final String INSTALLED = FocusFollowingScroll.class.getName();

    private FocusFollowingScroll() {}

    /** Makes {@code pane} scroll to whatever gets the keyboard inside its content (once per pane). */
    public static void install(ScrollPane pane) {
        if (pane.getProperties().put(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        ChangeListener<Node> onFocus = (obs, was, now) -> follow(pane, now);
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
        Scene scene = pane.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(onFocus);
        }
    }

    /**
     * h-e (issue 13): makes {@code pane} scroll to {@code message} whenever its text becomes non-blank, so a message
     * that appears below (or above) the viewport, like first run's connection error under the Connect button, is
     * seen. The message is revealed after the layout pass that gives it its size.
     */
    public static void revealWhenShown(ScrollPane pane, Node message, ObservableValue<String> text) {
        text.addListener((obs, was, now) -> {
            Scene scene = pane.getScene();
            if (now == null || now.isBlank() || scene == null) {
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                if (message.getScene() == scene && Nodes.isInside(message, pane.getContent())) {
                    reveal(pane, message);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            pane.requestLayout(); // a pulse with a layout pass follows even when the new text has the old size
        });
    }

    private static void follow(ScrollPane pane, Node focused) {
        if (focused == null || !Nodes.isInside(focused, pane.getContent())) {
            return;
        }
        reveal(pane, focused);
        // A control that has just appeared, or a form that has just changed (Ctrl+N empties the lines), moves in the next
        // layout pass: look again once that pass is done.
        Scene scene = pane.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (focused.isFocused() && focused.getScene() == scene) {
                reveal(pane, focused);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Scrolls {@code pane} the least that puts {@code node}'s bounds (plus the margin) inside its viewport. */
    static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds viewport = pane.getViewportBounds();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds all = content.getLayoutBounds();
        if (viewport == null || inContent == null || viewport.getHeight() <= 0) {
            return;
        }
        double vTop = offset(pane.getVvalue(), pane.getVmin(), pane.getVmax(), all.getHeight() - viewport.getHeight());
        double newTop = least(vTop, viewport.getHeight(), inContent.getMinY() - all.getMinY(), inContent.getMaxY() - all.getMinY());
        pane.setVvalue(value(newTop, pane.getVmin(), pane.getVmax(), all.getHeight() - viewport.getHeight(), pane.getVvalue()));
        double hLeft = offset(pane.getHvalue(), pane.getHmin(), pane.getHmax(), all.getWidth() - viewport.getWidth());
        double newLeft = least(hLeft, viewport.getWidth(), inContent.getMinX() - all.getMinX(), inContent.getMaxX() - all.getMinX());
        pane.setHvalue(value(newLeft, pane.getHmin(), pane.getHmax(), all.getWidth() - viewport.getWidth(), pane.getHvalue()));
    }

    /** The first visible content coordinate for a scroll value (0 when the content fits). */
    private static double offset(double value, double min, double max, double scrollable) {
        if (scrollable <= 0 || max <= min) {
            return 0;
        }
        return (value - min) / (max - min) * scrollable;
    }

    /** The scroll value that shows content from {@code start}, clamped to the pane's range. */
    private static double value(double start, double min, double max, double scrollable, double current) {
        if (scrollable <= 0 || max <= min) {
            return current;
        }
        double clamped = Math.max(0, Math.min(scrollable, start));
        return min + clamped / scrollable * (max - min);
    }

    /** The new start of a window of {@code size} from {@code start} that shows {@code from..to} (with margins), moving least. */
    static double least(double start, double size, double from, double to) {
        double wantFrom = from - MARGIN;
        double wantTo = to + MARGIN;
        if (wantTo - wantFrom > size) {
            return wantFrom; // taller than the window: its start shows
        }
        if (wantFrom < start) {
            return wantFrom;
        }
        if (wantTo > start + size) {
            return wantTo - size;
        }
        return start;
    }
}
