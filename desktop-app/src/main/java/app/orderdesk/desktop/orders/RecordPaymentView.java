package app.orderdesk.desktop.orders;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.desktop.ui.Messages;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "Payment received" dialog, a view (ArchitectureTest lets views defer their own focus request): asks how the
 * customer of an order paid on delivery paid (cash first: the usual case) and an optional note, e.g. the transfer's
 * reference (ADR 0071). Enter records, Esc cancels; the work is {@link OrderDetailViewModel#recordPayment}.
 */
final class RecordPaymentView {

    /** The person's answer. */
    record Answer(CollectionMethod method, String note) {}

    static final int NOTE_LIMIT = 200;

    private final Dialog<Answer> dialog = new Dialog<>();

    /** {@code typedBefore}: what was typed for a record that failed (null: none), offered again. */
    RecordPaymentView(String orderNumber, String amount, PaymentOnDeliveryViewModel.TypedPayment typedBefore, Window owner) {
        dialog.setTitle(Messages.text("detail.payment.title"));
        dialog.setHeaderText(Messages.text("detail.payment.header", orderNumber, amount));
        dialog.initOwner(owner);

        ComboBox<CollectionMethod> method = new ComboBox<>(FXCollections.observableArrayList(CollectionMethod.values()));
        method.setId("paymentMethodChoice");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(CollectionMethod m) {
                return app.orderdesk.desktop.order.CollectionMethodWords.of(m);
            }

            @Override
            public CollectionMethod fromString(String text) {
                return null; // not editable
            }
        });
        method.getSelectionModel().select(typedBefore == null || typedBefore.method() == null
                ? CollectionMethod.CASH : typedBefore.method());
        TextField note = new TextField(typedBefore == null || typedBefore.note() == null ? "" : typedBefore.note());
        note.setId("paymentNote");
        note.setPromptText(Messages.text("detail.payment.note.prompt"));
        app.orderdesk.desktop.ui.TextLimit.apply(note, NOTE_LIMIT);
        note.setPrefColumnCount(28);

        Label methodLabel = new Label(Messages.text("detail.payment.method"));
        methodLabel.setLabelFor(method);
        Label noteLabel = new Label(Messages.text("detail.payment.note"));
        noteLabel.setLabelFor(note);
        GridPane form = new GridPane(12, 10);
        form.addRow(0, methodLabel, method);
        form.addRow(1, noteLabel, note);
        dialog.getDialogPane().setContent(form);

        ButtonType record = new ButtonType(Messages.text("detail.payment.record"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(record).setId("paymentRecordButton");
        // every control's help, as on the screens (the button bar is a control: its button is given its own)
        app.orderdesk.desktop.ui.HelpTexts.apply(dialog.getDialogPane());
        app.orderdesk.desktop.ui.HelpTexts.apply(dialog.getDialogPane().lookupButton(record));
        dialog.setResultConverter(button -> button == record ? new Answer(method.getValue(), note.getText()) : null);
        // after the dialog put the keyboard on its default button: the first question is how it was paid
        dialog.setOnShown(e -> javafx.application.Platform.runLater(method::requestFocus));
    }

    Optional<Answer> ask() {
        return dialog.showAndWait();
    }
}
