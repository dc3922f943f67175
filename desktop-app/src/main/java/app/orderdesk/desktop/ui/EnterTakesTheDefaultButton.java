package app.orderdesk.desktop.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In a dialog, Enter takes the default button from a check box or toggle too, as it does from a field; Space is
 * their key. JavaFX lets Enter toggle a focused check box: walked under Xvfb (session 11), Enter to confirm a refund
 * quietly unticked "Back to stock" and sent nothing, one key from refunding goods without restocking them.
 *
 * <p>Ctrl+Enter (Cmd+Enter on a Mac) takes it from anywhere in the dialog, a note included, as it submits the order
 * form: in a note Enter starts a new line, and walked by keyboard (session 31) a manager who had typed the delivery
 * number had to Tab out of the note to apply the stock change.
 */
public final class EnterTakesTheDefaultButton {

    private EnterTakesTheDefaultButton() {}

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isAltDown()) {
                return;
            }
            Node owner = scene.getFocusOwner();
            boolean onAToggle = owner instanceof ButtonBase && !(owner instanceof Button);
            if (event.isShortcutDown()) {
                defaultButton(scene).ifPresent(button -> {
                    event.consume();
                    button.fire();
                });
            } else if (onAToggle) {
                event.consume();
                defaultButton(scene).ifPresent(Button::fire);
            }
        });
    }

    private static java.util.Optional<Button> defaultButton(Scene scene) {
        return scene.getRoot().lookupAll(".button").stream()
                .filter(node -> node instanceof Button button && button.isDefaultButton()
                        && !button.isDisabled() && button.isVisible())
                .map(Button.class::cast)
                .findFirst();
    }
}
