package app.orderdesk.desktop.inventory;

import app.orderdesk.desktop.ui.Styles;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The parts the inventory's dialogs share: the error line, and the action row (confirm, cancel, busy spinner). */
final class DialogParts {

    private DialogParts() {}

    /** A wrapped error line showing {@code error} (empty: nothing shown). */
    static Label errorLine(String id, ObservableStringValue error) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // h-b: a long error wraps, never "…"
        label.getStyleClass().add(Styles.ERROR_TEXT);
        label.textProperty().bind(error);
        label.managedProperty().bind(label.textProperty().isNotEmpty()); // no empty gap above the buttons (h-b)
        return label;
    }

    /**
     * Confirm (the default button, Enter; enabled while {@code canConfirm}), Cancel (Escape; closes {@code stage}, off
     * while {@code busy}: the answer is awaited) and a spinner while {@code busy}, right-aligned.
     */
    static HBox actions(Stage stage, String confirmText, String confirmId, BooleanExpression canConfirm, Runnable confirm,
                        String cancelText, String cancelId, ObservableBooleanValue busy) {
        Button ok = new Button(confirmText);
        ok.setId(confirmId);
        ok.setDefaultButton(true);
        ok.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        ok.disableProperty().bind(canConfirm.not());
        ok.setOnAction(e -> confirm.run());
        ok.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button(cancelText);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setId(cancelId);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        app.orderdesk.desktop.ui.StaysWhileBusy.install(stage, cancel, busy);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(20, 20);
        spinner.visibleProperty().bind(busy);
        HBox row = new HBox(8, ok, cancel, spinner);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
