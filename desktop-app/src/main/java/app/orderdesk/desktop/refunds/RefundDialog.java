package app.orderdesk.desktop.refunds;

import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Refund dialog: units per line, back to stock or not, reason, note and the total; logic in {@link RefundViewModel}. */
public final class RefundDialog {

    private final Stage stage = new Stage();
    private final VBox root;

    public RefundDialog(RefundViewModel model, Window owner) {
        Label title = new Label(Messages.text("refund.title.order", model.order().orderNumber()));
        title.getStyleClass().add(Styles.SECTION_TITLE);

        GridPane lines = new GridPane(12, 6);
        lines.setId("refundLines");
        lines.addRow(0, heading(Messages.text("refund.column.product")), heading(Messages.text("refund.column.sold")), heading(Messages.text("refund.column.refunded")),
                heading(Messages.text("refund.column.now")), heading(Messages.text("refund.column.restock")));
        // the numbers and headings keep their full width; the product name is the column that wraps
        lines.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints());
        for (int c = 1; c < 5; c++) {
            javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            lines.getColumnConstraints().add(fixed);
        }
        for (int i = 0; i < model.rows().size(); i++) {
            RefundLineRow row = model.rows().get(i);
            Label product = new Label(row.sku() + " · " + row.name() + " · " + Money.format(row.unitPriceCents(), model.currency()));
            app.orderdesk.desktop.ui.DialogFit.prose(product);
            product.setMaxWidth(280);
            Spinner<Integer> quantity = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, row.refundable(), 0));
            quantity.setId("refundQty" + i);
            quantity.setEditable(true);
            quantity.setPrefWidth(90);
            quantity.setDisable(row.refundable() == 0);
            // A spinner in a grid has no label of its own: its name and help say which line it refunds.
            named(quantity, Messages.text("refund.a11y.quantity", row.name()),
                    Messages.text("refund.a11y.quantity.help", row.name(), row.refundable()));
            quantity.valueProperty().addListener((obs, old, now) -> row.quantityProperty().set(now == null ? 0 : now));
            row.quantityProperty().addListener((obs, old, now) -> quantity.getValueFactory().setValue(now.intValue()));
            quantity.getEditor().textProperty().addListener((obs, old, now) -> {
                try {
                    int typed = Integer.parseInt(now.strip());
                    quantity.getValueFactory().setValue(Math.max(0, Math.min(typed, row.refundable())));
                } catch (NumberFormatException ignored) {
                    // an empty field while typing: wait for the digits
                }
            });
            CheckBox restock = new CheckBox();
            restock.setId("refundRestock" + i);
            restock.selectedProperty().bindBidirectional(row.restockProperty());
            restock.setDisable(row.refundable() == 0);
            named(restock, Messages.text("refund.a11y.restock", row.name()), Messages.text("refund.a11y.restock.help", row.name()));
            lines.addRow(i + 1, product, new Label(Integer.toString(row.sold())), new Label(Integer.toString(row.alreadyRefunded())),
                    quantity, restock);
        }
        Label restockHint = new Label(Messages.text("refund.restock.hint"));
        restockHint.getStyleClass().add(Styles.HINT_TEXT);
        app.orderdesk.desktop.ui.DialogFit.prose(restockHint);

        ChoiceBox<RefundReasonChoice> reason = new ChoiceBox<>();
        reason.setId("refundReason");
        reason.getItems().setAll(RefundReasonChoice.values());
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        TextArea note = new TextArea();
        note.setId("refundNote");
        note.setPromptText(Messages.text("refund.note.prompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        GridPane form = new GridPane(8, 8);
        form.addRow(0, fieldLabel(Messages.text("refund.reason")), reason);
        form.addRow(1, fieldLabel(Messages.text("refund.note")), note);
        GridPane.setHgrow(note, Priority.ALWAYS);
        app.orderdesk.desktop.ui.FormAccess.leaveWithTab(note);
        app.orderdesk.desktop.ui.FormAccess.linkLabels(form); // "Reason" and "Note" name their fields

        Label total = new Label();
        total.setId("refundTotal");
        total.getStyleClass().add(Styles.ORDER_TOTAL);
        total.textProperty().bind(model.totalTextBinding());
        Label validation = new Label();
        validation.setId("refundValidation");
        validation.getStyleClass().add(Styles.HINT_TEXT);
        validation.textProperty().bind(model.validationBinding());
        app.orderdesk.desktop.ui.DialogFit.prose(validation);
        Label error = new Label();
        error.setId("refundError");
        app.orderdesk.desktop.ui.DialogFit.prose(error);
        error.setMaxWidth(560);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());

        Button everything = new Button(Messages.text("refund.everything"));
        everything.setId("refundAllButton");
        everything.setOnAction(e -> model.selectEverything());
        Button submit = new Button();
        submit.setId("refundSubmitButton");
        submit.textProperty().bind(model.totalTextBinding());
        submit.setDefaultButton(true);
        submit.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        submit.disableProperty().bind(model.canSubmitBinding().not());
        submit.setOnAction(e -> model.submit());
        everything.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        submit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button(Messages.text("refund.cancel"));
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setId("refundCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        app.orderdesk.desktop.ui.StaysWhileBusy.install(stage, cancel, model.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, everything, new javafx.scene.layout.Region(), busy, submit, cancel);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label settlement = new Label(model.settlementHint());
        settlement.setId("refundSettlementHint");
        settlement.getStyleClass().add(Styles.HINT_TEXT);
        app.orderdesk.desktop.ui.DialogFit.prose(settlement);
        settlement.setManaged(!model.settlementHint().isEmpty());
        settlement.setVisible(!model.settlementHint().isEmpty());

        root = new VBox(12, title, lines, restockHint, form, total, settlement, validation, error, buttons);
        root.setId("refundDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        model.doneProperty().addListener((obs, old, isDone) -> {
            if (isDone) {
                stage.close();
            }
        });
        Scene scene = new Scene(app.orderdesk.desktop.ui.HelpTexts.apply(root));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        app.orderdesk.desktop.ui.EnterTakesTheDefaultButton.install(scene); // Enter on "Back to stock" refunds, not unticks; Ctrl+Enter from the note
        stage.setScene(scene);
        stage.setTitle(Messages.text("refund.title"));
        app.orderdesk.desktop.ui.DialogFit.keepWhole(stage, root, 620); // its lines' numbers and headings whole (h-b)
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public void show() {
        stage.show();
    }

    /** The dialog's content (screenshots). */
    public Parent root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    private static void named(javafx.scene.control.Control control, String name, String help) {
        control.setAccessibleText(name);
        control.setAccessibleHelp(help);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        control.setTooltip(tip);
    }
}
