package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The "Discard this order?" question, a view: asks before an order being typed is thrown away. A new draft (Ctrl+N
 * from any tab, New order), sign-out, closing the window or Ctrl+Q dropped lines and customer without a word (audit,
 * session 33). Keeping the order is the default (Enter, Esc); discarding is a deliberate second button. A draft with
 * nothing typed, or one already sent or queued, asks nothing.
 */
public final class DiscardDraftView {

    /** What discarding leads to: the discard button names it. */
    public enum Then {
        NEW_ORDER("order.discard.forNew"), SIGN_OUT("order.discard.forSignOut"), CLOSE("order.discard.forClose");

        private final String key;

        Then(String key) {
            this.key = key;
        }
    }

    private DiscardDraftView() {}

    /** True when {@code then} may go ahead: nothing unsent is typed, or the person chose to discard it. */
    public static boolean allows(OrderDraftViewModel draft, Then then, Window owner) {
        if (draft == null || !draft.hasUnsentWork()) {
            return true;
        }
        ButtonType keep = new ButtonType(Messages.text("order.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType discard = new ButtonType(Messages.text(then.key), ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("order.discard.content"), discard, keep);
        ask.setTitle(Messages.text("order.discard.title"));
        ask.setHeaderText(Messages.text("order.discard.header"));
        if (owner != null) {
            ask.initOwner(owner);
        }
        Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
        keepButton.setId("discardDraftKeepButton");
        keepButton.setDefaultButton(true);
        Button discardButton = (Button) ask.getDialogPane().lookupButton(discard);
        discardButton.setId("discardDraftButton");
        discardButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        app.orderdesk.desktop.ui.HelpTexts.apply(keepButton);
        app.orderdesk.desktop.ui.HelpTexts.apply(discardButton);
        ask.setOnShown(e -> javafx.application.Platform.runLater(keepButton::requestFocus));
        return ask.showAndWait().filter(discard::equals).isPresent();
    }
}
