package app.orderdesk.desktop.inventory;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Adjust stock dialog; everything it decides is in {@link AdjustStockViewModel}. */
final class AdjustStockDialog {

    // h-b: the note's German hint ("Optionale Notiz, z. B. Lieferscheinnummer oder wer gezählt hat") fits whole from here.
    private static final double MIN_WIDTH = 600;
    private final Stage stage = new Stage();

    AdjustStockDialog(AdjustStockViewModel model, Window owner) {
        Label product = new Label(model.product().sku() + " · " + model.product().name());
        product.getStyleClass().add(Styles.SECTION_TITLE);
        app.orderdesk.desktop.ui.DialogFit.prose(product); // a long product name wraps under the dialog's width (h-b)

        Spinner<Integer> delta = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                -AdjustStockViewModel.MAX_DELTA, AdjustStockViewModel.MAX_DELTA, 0));
        delta.setId("adjustDelta");
        delta.setEditable(true);
        delta.valueProperty().addListener((obs, old, now) -> model.deltaProperty().set(now == null ? 0 : now));
        // Typed digits count at once, not only after Enter or leaving the field.
        delta.getEditor().textProperty().addListener((obs, old, now) -> {
            try {
                delta.getValueFactory().setValue(Integer.parseInt(now.strip()));
            } catch (NumberFormatException ignored) {
                // A lone "-" while typing a negative change: wait for the digits.
            }
        });
        // A ComboBox: ↓ on the closed list changes the reason (a ChoiceBox moved the focus instead).
        ComboBox<AdjustReason> reason = new ComboBox<>();
        reason.setAccessibleText("Reason");
        reason.getItems().setAll(AdjustReason.values());
        reason.setId("adjustReason");
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        TextArea note = new TextArea();
        note.setId("adjustNote");
        note.setPromptText(Messages.text("adjust.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());

        Label preview = new Label();
        preview.setId("adjustPreview");
        preview.textProperty().bind(model.previewBinding());

        GridPane form = new GridPane(8, 8);
        form.addRow(0, new Label(Messages.text("adjust.change")), delta);
        form.addRow(1, new Label(Messages.text("adjust.reason")), reason);
        form.addRow(2, new Label(Messages.text("adjust.note")), note);
        form.addRow(3, new Label(Messages.text("adjust.available")), preview);
        app.orderdesk.desktop.ui.FormAccess.linkLabels(form);
        // h-b: the labels' column keeps its words ("Verfügbar"); the note and the preview take what is left.
        form.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == null || GridPane.getColumnIndex(n) == 0)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        GridPane.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        app.orderdesk.desktop.ui.DialogFit.prose(preview);
        app.orderdesk.desktop.ui.FormAccess.leaveWithTab(note);

        Label validation = new Label();
        validation.setId("adjustValidation");
        validation.getStyleClass().add(Styles.HINT_TEXT);
        app.orderdesk.desktop.ui.DialogFit.prose(validation);
        validation.textProperty().bind(model.validationBinding());
        validation.managedProperty().bind(validation.textProperty().isNotEmpty());
        Label error = DialogParts.errorLine("adjustError", model.errorProperty());
        HBox buttons = DialogParts.actions(stage, Messages.text("adjust.apply"), "adjustApplyButton", model.canApplyBinding(),
                model::apply, Messages.text("adjust.cancel"), "adjustCancelButton", model.busyProperty());

        VBox root = new VBox(12, product, form, validation, error, buttons);
        root.setId("adjustDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(MIN_WIDTH);
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                stage.close();
            }
        });
        Scene scene = new Scene(app.orderdesk.desktop.ui.HelpTexts.apply(root));
        app.orderdesk.desktop.ui.EnterTakesTheDefaultButton.install(scene); // Ctrl+Enter confirms from any field, a note too
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // h-b: focus starts in the change with its "0" selected: typing 5 means 5 (it made 50).
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            delta.requestFocus();
            delta.getEditor().selectAll();
        });
        stage.setTitle(Messages.text("adjust.title"));
        app.orderdesk.desktop.ui.DialogFit.keepWhole(stage, root, MIN_WIDTH);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    void show() {
        stage.show();
    }
}
