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
 */
public final class EnterTakesTheDefaultButton {

    private EnterTakesTheDefaultButton() {}

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            Node owner = scene.getFocusOwner();
            if (owner instanceof ButtonBase toggle && !(owner instanceof Button)) {
                event.consume();
                scene.getRoot().lookupAll(".button").stream()
                        .filter(node -> node instanceof Button button && button.isDefaultButton()
                                && !button.isDisabled() && button.isVisible())
                        .map(Button.class::cast)
                        .findFirst()
                        .ifPresent(Button::fire);
            }
        });
    }
}
