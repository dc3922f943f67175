package app.orderdesk.desktop.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A question before typed work is dropped, a view: keeping it is the default (Enter, Esc, and the keyboard starts on
 * it); dropping is a second button, reached by Tab (ADR 0081). Its words come from the message bundle under
 * {@code prefix}: {@code .title}, {@code .header}, {@code .content}, {@code .keep}; the drop button's words are given.
 * The buttons' ids are {@code keepId} and {@code dropId}, and their help texts are theirs.
 */
public final class KeepOrDropView {

    private KeepOrDropView() {}

    /** True when the person chose to drop. */
    public static boolean dropChosen(Window owner, String prefix, String dropWords, String keepId, String dropId) {
        ButtonType keep = new ButtonType(Messages.text(prefix + ".keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType drop = new ButtonType(dropWords, ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.text(prefix + ".content"), drop, keep);
        ask.setTitle(Messages.text(prefix + ".title"));
        ask.setHeaderText(Messages.text(prefix + ".header"));
        if (owner != null) {
            ask.initOwner(owner);
        }
        Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
        keepButton.setId(keepId);
        keepButton.setDefaultButton(true);
        Button dropButton = (Button) ask.getDialogPane().lookupButton(drop);
        dropButton.setId(dropId);
        dropButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        HelpTexts.apply(keepButton);
        HelpTexts.apply(dropButton);
        ask.setOnShown(e -> javafx.application.Platform.runLater(keepButton::requestFocus));
        return ask.showAndWait().filter(drop::equals).isPresent();
    }
}
