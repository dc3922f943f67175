package app.orderdesk.desktop.settings;

import app.orderdesk.desktop.ui.Messages;

/**
 * "Drop your changes?", a view: asked before Reload (or F5) replaces store settings that have unsaved changes. Keeping
 * them is the default (Enter, Esc).
 */
final class DropChangesView {

    private DropChangesView() {}

    static boolean confirmed(javafx.stage.Window owner) {
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(Messages.text("settings.reload.keep"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.ButtonType drop = new javafx.scene.control.ButtonType(Messages.text("settings.reload.drop"),
                javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Messages.text("settings.reload.content"), drop, keep);
        ask.setTitle(Messages.text("settings.reload.title"));
        ask.setHeaderText(Messages.text("settings.reload.header"));
        if (owner != null) {
            ask.initOwner(owner);
        }
        javafx.scene.control.Button keepButton = (javafx.scene.control.Button) ask.getDialogPane().lookupButton(keep);
        keepButton.setId("settingsKeepChangesButton");
        keepButton.setDefaultButton(true);
        javafx.scene.control.Button dropButton = (javafx.scene.control.Button) ask.getDialogPane().lookupButton(drop);
        dropButton.setId("settingsDropChangesButton");
        app.orderdesk.desktop.ui.HelpTexts.apply(keepButton);
        app.orderdesk.desktop.ui.HelpTexts.apply(dropButton);
        ask.setOnShown(e -> javafx.application.Platform.runLater(keepButton::requestFocus));
        return ask.showAndWait().filter(drop::equals).isPresent();
    }
}
