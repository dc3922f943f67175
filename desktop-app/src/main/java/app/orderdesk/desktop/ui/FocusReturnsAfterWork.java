package app.orderdesk.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;

/**
 * A button that is off while the work it started runs keeps the keyboard: JavaFX pushes focus out of a control that
 * goes off, and after a refund it landed on the banner's close button or on "Sign out" (walked under Xvfb, session 11),
 * one Space from ending the session. When the button is on again the keyboard comes back to it - unless, meanwhile,
 * someone took it elsewhere: it comes back only from where JavaFX pushed it. (Before session 18 it stayed whenever
 * it was in a table or a list, as if someone had gone there, but JavaFX itself pushes it into one: after Resend email
 * it stayed in the order's workflow list.)
 */
public final class FocusReturnsAfterWork {

    private FocusReturnsAfterWork() {}

    public static void install(ButtonBase button) {
        Node[] pushedTo = new Node[1];
        boolean[] pushedOut = new boolean[1];
        button.focusedProperty().addListener((obs, had, has) -> {
            if (had && !has && button.isDisabled() && button.getScene() != null) {
                pushedOut[0] = true;
                pushedTo[0] = null;
                // The control loses its focus with the scene's owner emptied; the scene names the next owner after that.
                javafx.beans.property.ReadOnlyObjectProperty<Node> owner = button.getScene().focusOwnerProperty();
                if (owner.get() != null && owner.get() != button) {
                    pushedTo[0] = owner.get();
                } else {
                    owner.addListener(new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Node> o, Node old, Node now) {
                            if (now == null) {
                                return; // the clean-up empties the owner first (this very change), then names the next
                            }
                            owner.removeListener(this);
                            if (pushedOut[0]) {
                                pushedTo[0] = now;
                            }
                        }
                    });
                }
            }
        });
        button.disabledProperty().addListener((obs, was, off) -> {
            if (!off && pushedOut[0]) {
                pushedOut[0] = false;
                Node owner = button.getScene() == null ? null : button.getScene().getFocusOwner();
                if (owner == null || owner == pushedTo[0]) {
                    button.requestFocus();
                }
                pushedTo[0] = null;
            }
        });
    }
}
