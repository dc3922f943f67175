package app.orderdesk.desktop.ui;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * h-b (issue 13): a dialog window that never cuts its own text. It cannot be made narrower than {@code minContentWidth}
 * (its words and prompts fit there, German included), nor lower than its content needs at the width it has (wrapped
 * prose, error lines); and when an error or hint appears that needs more room than the window has, the window grows to
 * show it instead of squeezing lines into "…" or pushing the buttons out of sight. The content's need is its minimum
 * height at the window's width: prose labels in dialogs set their minimum height to their preferred (wrapped) height.
 */
public final class DialogFit {

    private DialogFit() {}

    /** Call once the stage has its scene ({@code root} is the scene's root). */
    public static void keepWhole(Stage stage, Region root, double minContentWidth) {
        Scene scene = stage.getScene();
        // After each layout: only when the need changed does the window change (which lays it out once more).
        Runnable check = () -> {
            if (!stage.isShowing()) {
                return;
            }
            double need = Math.ceil(root.minHeight(scene.getWidth()));
            double decorationHeight = stage.getHeight() - scene.getHeight();
            if (scene.getWidth() + 0.5 < minContentWidth || scene.getHeight() + 0.5 < need
                    || Math.abs(stage.getMinHeight() - (need + decorationHeight)) > 0.5) {
                fit(stage, root, minContentWidth);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fit(stage, root, minContentWidth));
        scene.addPostLayoutPulseListener(check);
    }

    private static void fit(Stage stage, Region root, double minContentWidth) {
        Scene scene = stage.getScene();
        double decorationWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double decorationHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        stage.setMinWidth(minContentWidth + decorationWidth);
        if (scene.getWidth() + 0.5 < minContentWidth) {
            stage.setWidth(minContentWidth + decorationWidth);
        }
        double width = Math.max(scene.getWidth(), minContentWidth);
        double need = Math.ceil(root.minHeight(width));
        stage.setMinHeight(need + decorationHeight);
        if (scene.getHeight() + 0.5 < need) {
            stage.setHeight(need + decorationHeight);
        }
    }

    /** A prose label in a dialog: wraps, and is never squeezed below its wrapped height. */
    public static <L extends javafx.scene.control.Labeled> L prose(L label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
