package app.orderdesk.desktop.order;

import app.orderdesk.api.CustomerDetails;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The customer on the draft: email (checked as people type), name and optional phone. */
public final class CustomerViewModel {

    static final String INVALID_EMAIL = "Enter a valid email, e.g. name@example.com";

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper emailMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper emailValid = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding complete;

    CustomerViewModel() {
        email.addListener((obs, old, now) -> validateEmail(now));
        BooleanBinding hasName = Bindings.createBooleanBinding(() -> name.get() != null && !name.get().isBlank(), name);
        complete = emailValid.and(hasName);
    }

    private void validateEmail(String text) {
        boolean valid = EmailRule.isValid(text);
        emailValid.set(valid);
        // An empty field is not yet an error; it only keeps Submit disabled.
        emailMessage.set(valid || text == null || text.isBlank() ? "" : INVALID_EMAIL);
    }

    CustomerDetails toDetails() {
        String phoneText = phone.get() == null || phone.get().isBlank() ? null : phone.get().strip();
        return new CustomerDetails(email.get().strip(), name.get().strip(), phoneText);
    }

    void fill(CustomerDetails customer) {
        email.set(customer == null || customer.email() == null ? "" : customer.email());
        name.set(customer == null || customer.name() == null ? "" : customer.name());
        phone.set(customer == null || customer.phone() == null ? "" : customer.phone());
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty emailMessageProperty() {
        return emailMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emailValidProperty() {
        return emailValid.getReadOnlyProperty();
    }

    /** A valid email and a name: enough to submit. */
    public BooleanBinding completeBinding() {
        return complete;
    }
}
