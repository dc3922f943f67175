package app.orderdesk.desktop.ui;

import javafx.scene.control.TextInputControl;

/**
 * Caps how much a text field holds without a {@code TextFormatter}: JavaFX gives Esc to a field that has one (to cancel
 * its edit) and consumes it, so the dialog around it never closed on Esc while the keyboard was in that field (seen
 * in the "Undo payment record" dialog's screen test, whose keyboard starts in its reason). Typed or pasted text past
 * the limit is cut off.
 */
public final class TextLimit {

    private TextLimit() {}

    public static void apply(TextInputControl field, int limit) {
        field.textProperty().addListener((obs, was, now) -> {
            if (now != null && now.length() > limit) {
                field.setText(now.substring(0, limit));
            }
        });
    }
}
