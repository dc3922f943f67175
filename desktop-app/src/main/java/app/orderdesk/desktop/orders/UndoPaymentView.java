package app.orderdesk.desktop.orders;

import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentReceivedView;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.ui.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The "Undo payment record" dialog, a view (ArchitectureTest lets views defer their own focus request): shows the
 * record about to be undone and asks why, which the order keeps with it (ADR 0072). The reason is required: the undo
 * button stays off while it is blank. Enter undoes, Esc keeps the record; the work is
 * {@link PaymentOnDeliveryViewModel#undo}.
 */
final class UndoPaymentView {

    private static final double RECORD_WIDTH = 460;

    private final Dialog<String> dialog = new Dialog<>();

    /** {@code typedBefore}: the reason of an undo that failed ("" when none), offered again. */
    UndoPaymentView(OrderView order, String typedBefore, Window owner) {
        PaymentReceivedView received = order.paymentReceived();
        dialog.setTitle(Messages.text("detail.payment.undo.title"));
        dialog.setHeaderText(Messages.text("detail.payment.undo.header", order.orderNumber(), Money.format(order.totalCents(), order.currency())));
        dialog.initOwner(owner);

        Label record = new Label(PaymentOnDeliveryViewModel.undoRecordWords(received));
        record.setId("undoPaymentRecord");
        app.orderdesk.desktop.ui.DialogFit.prose(record);
        // Wrapped at a set width: at its one-line width the dialog was first laid out wide, and centred on the owner at
        // that width it then shrank into place off to the left, half outside the main window (walked under Xvfb).
        record.setPrefWidth(RECORD_WIDTH);
        TextField reason = new TextField(typedBefore);
        reason.setId("undoPaymentReason");
        reason.setPromptText(Messages.text("detail.payment.undo.reason.prompt"));
        app.orderdesk.desktop.ui.TextLimit.apply(reason, PaymentOnDeliveryViewModel.REASON_LIMIT);
        reason.setPrefColumnCount(28);
        Label reasonLabel = new Label(Messages.text("detail.payment.undo.reason"));
        reasonLabel.setLabelFor(reason);
        GridPane form = new GridPane(12, 10);
        form.add(record, 0, 0, 2, 1);
        form.addRow(1, reasonLabel, reason);
        dialog.getDialogPane().setContent(form);

        ButtonType undo = new ButtonType(Messages.text("detail.payment.undo.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(undo, ButtonType.CANCEL);
        var undoButton = dialog.getDialogPane().lookupButton(undo);
        undoButton.setId("undoPaymentConfirmButton");
        undoButton.disableProperty().bind(reason.textProperty().map(String::isBlank).orElse(true));
        // every control's help, as on the screens (the button bar is a control: its button is given its own)
        app.orderdesk.desktop.ui.HelpTexts.apply(dialog.getDialogPane());
        app.orderdesk.desktop.ui.HelpTexts.apply(undoButton);
        dialog.setResultConverter(button -> button == undo ? reason.getText().strip() : null);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(reason::requestFocus));
    }

    Optional<String> ask() {
        return dialog.showAndWait();
    }
}
