package app.orderdesk.desktop.order;

import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;

/**
 * Customer details and the payment choice, with email feedback as people type. A complete email or a phone
 * number offers earlier callers below the fields: ↓ from the field goes to the offer, Enter (or a click)
 * takes one — the fields fill and the caller's last orders show — Esc closes it. The offer and the orders
 * are not in the Tab order, so typing a new customer costs no extra keystrokes.
 */
final class CustomerPane {

    private final GridPane root = new GridPane();
    private final TextField email = new TextField();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();

    CustomerPane(OrderDraftViewModel draft) {
        CustomerViewModel model = draft.customer();
        email.setId("customerEmail");
        email.setPromptText(Messages.text("order.customer.email.prompt"));
        email.setAccessibleText("Customer email");
        email.textProperty().bindBidirectional(model.emailProperty());
        Label emailMessage = new Label();
        emailMessage.setId("customerEmailMessage");
        emailMessage.getStyleClass().add(Styles.ERROR_TEXT);
        emailMessage.textProperty().bind(model.emailMessageProperty());
        emailMessage.managedProperty().bind(model.emailMessageProperty().isNotEmpty());
        model.emailMessageProperty().addListener((obs, old, now) -> markInvalid(email, !now.isEmpty()));

        name.setId("customerName");
        name.setPromptText(Messages.text("order.customer.name.prompt"));
        name.setAccessibleText("Customer name");
        name.textProperty().bindBidirectional(model.nameProperty());

        phone.setId("customerPhone");
        phone.setPromptText(Messages.text("order.customer.phone.prompt"));
        phone.setAccessibleText("Customer phone (optional)");
        phone.textProperty().bindBidirectional(model.phoneProperty());

        ListView<CustomerView> suggestions = new ListView<>(model.suggestions());
        suggestions.setId("customerSuggestions");
        suggestions.setAccessibleText("Earlier callers matching the email or phone");
        suggestions.setFocusTraversable(false);
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerView caller, boolean empty) {
                super.updateItem(caller, empty);
                setText(empty || caller == null ? null : CustomerViewModel.describe(caller));
            }
        });
        suggestions.setPrefHeight(72);
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                CustomerView caller = suggestions.getSelectionModel().getSelectedItem();
                model.choose(caller != null ? caller : suggestions.getItems().getFirst());
                name.requestFocus();
                name.end();
                key.consume();
            } else if (key.getCode() == KeyCode.ESCAPE) {
                model.dismissSuggestions();
                email.requestFocus();
                key.consume();
            }
        });
        suggestions.setOnMouseClicked(click -> {
            CustomerView caller = suggestions.getSelectionModel().getSelectedItem();
            if (caller != null) {
                model.choose(caller);
                name.requestFocus();
            }
        });
        for (TextField field : new TextField[] {email, phone}) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.DOWN && !suggestions.getItems().isEmpty()) {
                    suggestions.requestFocus();
                    suggestions.getSelectionModel().selectFirst();
                    key.consume();
                } else if (key.getCode() == KeyCode.ESCAPE && !suggestions.getItems().isEmpty()) {
                    model.dismissSuggestions();
                    key.consume();
                }
            });
        }
        Label directoryMessage = new Label();
        directoryMessage.setId("customerDirectoryMessage");
        directoryMessage.setWrapText(true);
        directoryMessage.textProperty().bind(model.directoryMessageProperty());
        directoryMessage.managedProperty().bind(model.directoryMessageProperty().isNotEmpty());

        ListView<OrderSummaryView> lastOrders = new ListView<>(model.lastOrders());
        lastOrders.setId("customerLastOrders");
        lastOrders.setAccessibleText("The caller's last orders");
        lastOrders.setFocusTraversable(false);
        lastOrders.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrderSummaryView order, boolean empty) {
                super.updateItem(order, empty);
                setText(empty || order == null ? null : CustomerViewModel.describe(order));
            }
        });
        lastOrders.setPrefHeight(96);
        lastOrders.visibleProperty().bind(Bindings.isNotEmpty(model.lastOrders()));
        lastOrders.managedProperty().bind(lastOrders.visibleProperty());
        Label lastOrdersLabel = new Label(Messages.text("order.customer.lastOrders"));
        lastOrdersLabel.setLabelFor(lastOrders);
        lastOrdersLabel.visibleProperty().bind(lastOrders.visibleProperty());
        lastOrdersLabel.managedProperty().bind(lastOrders.visibleProperty());

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
        Label emailLabel = new Label(Messages.text("order.customer.email"));
        emailLabel.setLabelFor(email);
        Label nameLabel = new Label(Messages.text("order.customer.name"));
        nameLabel.setLabelFor(name);
        Label phoneLabel = new Label(Messages.text("order.customer.phone"));
        phoneLabel.setLabelFor(phone);
        Label paymentLabel = new Label(Messages.text("order.payment"));
        paymentLabel.setLabelFor(payment);
        root.addRow(0, emailLabel, email);
        root.add(emailMessage, 1, 1);
        root.addRow(2, nameLabel, name);
        root.addRow(3, phoneLabel, phone);
        root.add(suggestions, 1, 4);
        root.add(directoryMessage, 1, 5);
        root.addRow(6, lastOrdersLabel, lastOrders);
        root.addRow(7, paymentLabel, payment);
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

    /** Puts the keyboard in the name field (the server refused the name). */
    void focusName() {
        name.requestFocus();
    }

    /** Puts the keyboard in the phone field (the server refused the phone). */
    void focusPhone() {
        phone.requestFocus();
    }

    Node root() {
        return root;
    }
}
