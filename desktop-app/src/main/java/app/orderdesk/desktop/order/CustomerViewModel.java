package app.orderdesk.desktop.order;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.LatestRequest;
import app.orderdesk.desktop.ui.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer on the draft: email (checked as people type), name and optional phone. With the customer
 * directory ({@link #useDirectory}), a complete email or a phone number of {@value #MIN_PHONE_DIGITS}+ digits
 * offers the matching callers ({@link #suggestions()}); choosing one fills the fields and loads their last
 * orders ({@link #lastOrders()}). Only the newest lookup's answer is shown.
 */
public final class CustomerViewModel {

    static String invalidEmail() {
        return Messages.text("order.customer.email.invalid");
    }

    static final int MIN_PHONE_DIGITS = 6;

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper emailMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper emailValid = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding complete;
    private final ObservableList<CustomerView> suggestions = FXCollections.observableArrayList();
    private final ObservableList<OrderSummaryView> lastOrders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper directoryMessage = new ReadOnlyStringWrapper("");
    private CustomerLookup directory;
    private LatestRequest lookups;
    private LatestRequest orders;
    /** True while {@link #choose} or {@link #fill} writes the fields, so their own changes look nothing up. */
    private boolean filling;

    CustomerViewModel() {
        email.addListener((obs, old, now) -> validateEmail(now));
        email.addListener((obs, old, now) -> lookUp(now, false));
        phone.addListener((obs, old, now) -> lookUp(now, true));
        BooleanBinding hasName = Bindings.createBooleanBinding(() -> name.get() != null && !name.get().isBlank(), name);
        complete = emailValid.and(hasName);
    }

    private void validateEmail(String text) {
        boolean valid = EmailRule.isValid(text);
        emailValid.set(valid);
        // An empty field is not yet an error; it only keeps Submit disabled.
        emailMessage.set(valid || text == null || text.isBlank() ? "" : invalidEmail());
    }

    CustomerDetails toDetails() {
        String phoneText = phone.get() == null || phone.get().isBlank() ? null : asTheApiTakesIt(phone.get());
        return new CustomerDetails(email.get().strip(), name.get().strip(), phoneText);
    }

    /**
     * A phone number as people write it, in the form the API takes (an optional +, digits and spaces). Walked by hand:
     * "+49 (30) 123-4567" came back from the server as invalid after the order was sent. Brackets, dashes, dots and
     * slashes become spaces; the "(0)" of "+49 (0)30 …" is the trunk prefix people skip when dialling with the country
     * code, so it goes. Anything else (letters) stays, for the server to name.
     */
    static String asTheApiTakesIt(String written) {
        String text = written.strip();
        if (text.startsWith("+")) {
            text = text.replaceAll("\\(\\s*0\\s*\\)", " ");
        }
        return text.replaceAll("[()\\-./]", " ").replaceAll("\\s+", " ").strip();
    }

    void fill(CustomerDetails customer) {
        filling = true;
        try {
            email.set(customer == null || customer.email() == null ? "" : customer.email());
            name.set(customer == null || customer.name() == null ? "" : customer.name());
            phone.set(customer == null || customer.phone() == null ? "" : customer.phone());
        } finally {
            filling = false;
        }
        forgetLookups();
        lastOrders.clear();
    }

    /** Offers repeat callers from the customer directory as people type; without it the form only checks the email. */
    public void useDirectory(CustomerLookup lookup, BackgroundExecutor executor) {
        this.directory = lookup;
        this.lookups = new LatestRequest(executor);
        this.orders = new LatestRequest(executor);
    }

    private void lookUp(String text, boolean byPhone) {
        if (directory == null || filling) {
            return;
        }
        String query = text == null ? "" : text.strip();
        boolean searchable = byPhone ? digits(query) >= MIN_PHONE_DIGITS : EmailRule.isValid(query);
        if (!searchable) {
            forgetLookups();
            return;
        }
        lookups.submit(() -> byPhone ? directory.byPhone(query) : directory.byEmail(query), found -> {
            suggestions.setAll(found.stream().filter(c -> !isOnTheForm(c)).toList());
            directoryMessage.set("");
        }, failure -> {
            suggestions.clear();
            directoryMessage.set(Messages.text("order.customer.lookupFailed"));
        });
    }

    /** Fills the form with the caller and loads their last orders (newest first). */
    public void choose(CustomerView caller) {
        if (caller == null) {
            return;
        }
        filling = true;
        try {
            email.set(caller.email() == null ? "" : caller.email());
            name.set(caller.name() == null ? "" : caller.name());
            phone.set(caller.phone() == null ? "" : caller.phone());
        } finally {
            filling = false;
        }
        forgetLookups();
        lastOrders.clear();
        if (directory != null && caller.customerId() != null) {
            orders.submit(() -> directory.lastOrders(caller.customerId()), lastOrders::setAll,
                    failure -> directoryMessage.set(Messages.text("order.customer.ordersFailed")));
        }
    }

    /** Closes the offer (Esc): the typed details stay. */
    public void dismissSuggestions() {
        forgetLookups();
    }

    private void forgetLookups() {
        if (lookups != null) {
            lookups.cancel();
        }
        suggestions.clear();
        directoryMessage.set("");
    }

    private boolean isOnTheForm(CustomerView caller) {
        return caller.email() != null && caller.email().equalsIgnoreCase(email.get().strip())
                && caller.name() != null && caller.name().equals(name.get().strip());
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    /** Callers matching what was typed; empty when nothing matched or nothing searchable was typed. */
    public ObservableList<CustomerView> suggestions() {
        return suggestions;
    }

    /** The chosen caller's last orders, newest first. */
    public ObservableList<OrderSummaryView> lastOrders() {
        return lastOrders;
    }

    /** Why the directory could not help (it never blocks the order). */
    public ReadOnlyStringProperty directoryMessageProperty() {
        return directoryMessage.getReadOnlyProperty();
    }

    /** How a suggestion reads: "Ada Lovelace · ada@example.com · +442079460000". */
    public static String describe(CustomerView caller) {
        StringBuilder text = new StringBuilder(caller.name() == null ? "" : caller.name());
        if (caller.email() != null) {
            text.append(" · ").append(caller.email());
        }
        if (caller.phone() != null) {
            text.append(" · ").append(caller.phone());
        }
        return text.toString();
    }

    /** How one of the last orders reads: "OD-12345 · Completed · $35.00 · 2026-11-28". */
    public static String describe(OrderSummaryView order) {
        String status = StepWords.status(order.status());
        String day = StoreDates.date(order.createdAt());
        return order.orderNumber() + " · " + status + " · " + Money.format(order.totalCents(), order.currency()) + " · " + day;
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
