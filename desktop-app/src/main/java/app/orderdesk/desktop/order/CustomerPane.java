package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Styles;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Customer details and the payment choice, with email feedback as people type. */
final class CustomerPane {

    private final GridPane root = new GridPane();
    private final TextField email = new TextField();

    CustomerPane(OrderDraftViewModel draft) {
        CustomerViewModel model = draft.customer();
        email.setId("customerEmail");
        email.setPromptText("customer@example.com");
        email.setAccessibleText("Customer email");
        email.textProperty().bindBidirectional(model.emailProperty());
        Label emailMessage = new Label();
        emailMessage.setId("customerEmailMessage");
        emailMessage.getStyleClass().add(Styles.ERROR_TEXT);
        emailMessage.textProperty().bind(model.emailMessageProperty());
        emailMessage.managedProperty().bind(model.emailMessageProperty().isNotEmpty());
        model.emailMessageProperty().addListener((obs, old, now) -> markInvalid(email, !now.isEmpty()));

        TextField name = new TextField();
        name.setId("customerName");
        name.setPromptText("Full name");
        name.setAccessibleText("Customer name");
        name.textProperty().bindBidirectional(model.nameProperty());

        TextField phone = new TextField();
        phone.setId("customerPhone");
        phone.setPromptText("Optional");
        phone.setAccessibleText("Customer phone (optional)");
        phone.textProperty().bindBidirectional(model.phoneProperty());

        // A ComboBox, not a ChoiceBox: a closed ChoiceBox let ↓ through to the tab pane, which switched screens.
        ComboBox<PaymentOption> payment = new ComboBox<>();
        payment.setId("paymentChoice");
        payment.setAccessibleText("Payment");
        payment.getItems().setAll(PaymentOption.values());
        payment.valueProperty().bindBidirectional(draft.paymentProperty());
        Tooltip paymentTip = new Tooltip();
        payment.valueProperty().addListener((obs, old, now) -> paymentTip.setText(now == null ? "" : now.hint()));
        paymentTip.setText(payment.getValue() == null ? "" : payment.getValue().hint());
        payment.setTooltip(paymentTip);

        root.setHgap(8);
        root.setVgap(6);
        Label emailLabel = new Label("Customer email");
        emailLabel.setLabelFor(email);
        Label nameLabel = new Label("Customer name");
        nameLabel.setLabelFor(name);
        Label phoneLabel = new Label("Phone");
        phoneLabel.setLabelFor(phone);
        Label paymentLabel = new Label("Payment");
        paymentLabel.setLabelFor(payment);
        root.addRow(0, emailLabel, email);
        root.add(emailMessage, 1, 1);
        root.addRow(2, nameLabel, name);
        root.addRow(3, phoneLabel, phone);
        root.addRow(4, paymentLabel, payment);
        // The fields grow with the window (they stayed 180 px wide at full size), up to a readable width.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(160, 320, 480);
        fields.setHgrow(Priority.ALWAYS);
        root.getColumnConstraints().setAll(labels, fields);
        root.disableProperty().bind(draft.editableBinding().not());
    }

    private static void markInvalid(TextField field, boolean invalid) {
        field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, invalid);
        if (invalid && !field.getStyleClass().contains(Styles.FIELD_INVALID)) {
            field.getStyleClass().add(Styles.FIELD_INVALID);
        } else if (!invalid) {
            field.getStyleClass().remove(Styles.FIELD_INVALID);
        }
    }

    /** Puts the keyboard in the email field (Enter on the empty product field). */
    void focusEmail() {
        email.requestFocus();
    }

    Node root() {
        return root;
    }
}
