package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Styles;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Customer details and the payment choice, with email feedback as people type. */
final class CustomerPane {

    private final GridPane root = new GridPane();

    CustomerPane(OrderDraftViewModel model) {
        TextField email = new TextField();
        email.setId("customerEmail");
        email.setPromptText("customer@example.com");
        email.textProperty().bindBidirectional(model.customerEmailProperty());
        Label emailMessage = new Label();
        emailMessage.setId("customerEmailMessage");
        emailMessage.getStyleClass().add(Styles.ERROR_TEXT);
        emailMessage.textProperty().bind(model.emailMessageProperty());
        model.emailMessageProperty().addListener((obs, old, now) -> markInvalid(email, !now.isEmpty()));

        TextField name = new TextField();
        name.setId("customerName");
        name.setPromptText("Full name");
        name.textProperty().bindBidirectional(model.customerNameProperty());

        TextField phone = new TextField();
        phone.setId("customerPhone");
        phone.setPromptText("Optional");
        phone.textProperty().bindBidirectional(model.customerPhoneProperty());

        ChoiceBox<PaymentOption> payment = new ChoiceBox<>();
        payment.setId("paymentTokenChoice");
        payment.getItems().setAll(PaymentOption.values());
        payment.valueProperty().bindBidirectional(model.paymentProperty());

        root.setHgap(8);
        root.setVgap(6);
        root.addRow(0, new Label("Customer email"), email);
        root.add(emailMessage, 1, 1);
        root.addRow(2, new Label("Customer name"), name);
        root.addRow(3, new Label("Phone"), phone);
        root.addRow(4, new Label("Payment"), payment);
        root.disableProperty().bind(model.editableBinding().not());
    }

    private static void markInvalid(TextField field, boolean invalid) {
        field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, invalid);
        if (invalid && !field.getStyleClass().contains(Styles.FIELD_INVALID)) {
            field.getStyleClass().add(Styles.FIELD_INVALID);
        } else if (!invalid) {
            field.getStyleClass().remove(Styles.FIELD_INVALID);
        }
    }

    Node root() {
        return root;
    }
}
