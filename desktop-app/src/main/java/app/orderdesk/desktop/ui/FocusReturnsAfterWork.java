package app.orderdesk.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * A button that is off while the work it started runs keeps the keyboard: JavaFX pushes focus out of a control that
 * goes off, and after a refund it landed on the banner's close button or on "Sign out" (walked under Xvfb, session 11),
 * one Space from ending the session. When the button is on again the keyboard comes back to it - unless, meanwhile,
 * someone went to type or to pick in a list or table, where it stays.
 */
public final class FocusReturnsAfterWork {

    private FocusReturnsAfterWork() {}

    public static void install(ButtonBase button) {
        boolean[] pushedOut = new boolean[1];
        button.focusedProperty().addListener((obs, had, has) -> {
            if (had && !has && button.isDisabled()) {
                pushedOut[0] = true;
            }
        });
        button.disabledProperty().addListener((obs, was, off) -> {
            if (!off && pushedOut[0]) {
                pushedOut[0] = false;
                Node owner = button.getScene() == null ? null : button.getScene().getFocusOwner();
                if (!(owner instanceof TextInputControl || owner instanceof TableView<?> || owner instanceof ListView<?>)) {
                    button.requestFocus();
                }
            }
        });
    }
}
