package app.orderdesk.desktop.orders;

import app.orderdesk.desktop.order.EmailRule;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The "Resend email" dialog, a view: where the receipt goes, the order's customer address filled in and selected, so
 * Enter sends it there and typing replaces it — a customer on the phone whose mail bounced or who wants it at another
 * address is served without touching the order. Send stays off while the address is not one; Esc sends nothing. The
 * work is {@link OrderDetailViewModel#resendReceipt(String)}; the server checks the address again.
 */
final class ResendReceiptView {

    /** As the API takes it (ResendReceiptRequest.email). */
    static final int EMAIL_LIMIT = 254;
    private static final double HINT_WIDTH = 340;

    private final Dialog<String> dialog = new Dialog<>();

    /** {@code typedBefore}: the other address of a resend that failed (null: none), offered instead of the customer's. */
    ResendReceiptView(String orderNumber, String customerEmail, String typedBefore, Window owner) {
        dialog.setTitle(Messages.text("detail.resend.title"));
        dialog.setHeaderText(Messages.text("detail.resend.header", orderNumber));
        dialog.initOwner(owner);

        TextField to = new TextField(typedBefore != null ? typedBefore : customerEmail == null ? "" : customerEmail);
        to.setId("resendEmailTo");
        to.setPromptText(Messages.text("detail.resend.to.prompt"));
        app.orderdesk.desktop.ui.TextLimit.apply(to, EMAIL_LIMIT);
        to.setPrefColumnCount(28);
        Label toLabel = new Label(Messages.text("detail.resend.to"));
        toLabel.setLabelFor(to);
        toLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // walked: the longer hint squeezed "To" to an ellipsis
        BooleanBinding valid = Bindings.createBooleanBinding(() -> EmailRule.isValid(to.getText()), to.textProperty());
        Label hint = new Label();
        hint.setId("resendEmailHint");
        app.orderdesk.desktop.ui.DialogFit.prose(hint);
        // Wrapped at the field's width: unwrapped, "Another address: ..." was cut short (walked under Xvfb).
        hint.setPrefWidth(HINT_WIDTH);
        hint.getStyleClass().add(Styles.HINT_TEXT);
        hint.textProperty().bind(Bindings.createStringBinding(() -> hintFor(to.getText(), customerEmail), to.textProperty()));
        // The hint's second line (another address) needs room the dialog did not have when it was first laid out.
        hint.textProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        GridPane form = new GridPane(12, 10);
        form.addRow(0, toLabel, to);
        form.add(hint, 1, 1);
        dialog.getDialogPane().setContent(form);

        ButtonType send = new ButtonType(Messages.text("detail.resend.send"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(send, ButtonType.CANCEL);
        var sendButton = dialog.getDialogPane().lookupButton(send);
        sendButton.setId("resendEmailSendButton");
        sendButton.disableProperty().bind(valid.not());
        // every control's help, as on the screens (the button bar is a control: its button is given its own)
        app.orderdesk.desktop.ui.HelpTexts.apply(dialog.getDialogPane());
        app.orderdesk.desktop.ui.HelpTexts.apply(sendButton);
        dialog.setResultConverter(button -> button == send ? to.getText().strip() : null);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            to.requestFocus();
            to.selectAll();
        }));
    }

    /** Says what Send will do: to the customer, to another address, or why it is off. */
    static String hintFor(String typed, String customerEmail) {
        if (typed == null || typed.isBlank()) {
            return Messages.text("detail.resend.to.empty");
        }
        if (!EmailRule.isValid(typed)) {
            return Messages.text("order.customer.email.invalid");
        }
        return OrderDetailViewModel.isTheCustomers(typed, customerEmail) ? Messages.text("detail.resend.to.customer")
                : Messages.text("detail.resend.to.other");
    }

    Optional<String> ask() {
        return dialog.showAndWait();
    }
}
