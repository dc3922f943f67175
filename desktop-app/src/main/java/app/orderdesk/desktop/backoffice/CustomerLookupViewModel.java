package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finds a repeat caller in the customer directory by phone (any written form: the server normalises
 * to E.164) or email, and shows their last orders.
 */
public final class CustomerLookupViewModel {

    static final int LAST_ORDERS = 10;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerView> customers = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerView> selected = new SimpleObjectProperty<>();
    private final ObservableList<OrderSummaryView> orders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final BackOfficeApi api;
    private final BackgroundExecutor executor;

    public CustomerLookupViewModel(BackOfficeApi api, BackgroundExecutor executor) {
        this.api = api;
        this.executor = executor;
        selected.addListener((obs, old, customer) -> loadOrders(customer));
    }

    public void search() {
        String q = query.get() == null ? "" : query.get().trim();
        if (q.isEmpty()) {
            message.set(Messages.text("customers.query.empty"));
            return;
        }
        boolean byEmail = q.contains("@");
        message.set(Messages.text("customers.searching"));
        executor.submit(() -> byEmail ? api.customersByEmail(q) : api.customersByPhone(q), found -> {
            customers.setAll(found);
            selected.set(found.isEmpty() ? null : found.getFirst());
            message.set(Messages.text(byEmail ? "customers.found.byEmail" : "customers.found.byPhone", found.size()));
        }, failure -> message.set(Messages.text("customers.searchFailed", ErrorMessages.describe(failure))));
    }

    private void loadOrders(CustomerView customer) {
        orders.clear();
        if (customer == null) {
            return;
        }
        executor.submit(() -> api.customerOrders(customer.customerId(), LAST_ORDERS), page -> {
            if (customer.equals(selected.get())) {
                orders.setAll(page.items());
            }
        }, failure -> message.set(Messages.text("customers.orders.loadFailed", ErrorMessages.describe(failure))));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerView> customers() {
        return customers;
    }

    public ObjectProperty<CustomerView> selectedProperty() {
        return selected;
    }

    public ObservableList<OrderSummaryView> orders() {
        return orders;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
