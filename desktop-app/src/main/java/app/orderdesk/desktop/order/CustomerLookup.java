package app.orderdesk.desktop.order;

import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.client.BackOfficeApi;
import java.util.List;

/** The customer directory as the order form needs it: callers by phone or email, and a caller's last orders. */
public interface CustomerLookup {

    /** How many of a chosen caller's orders the form shows. */
    int LAST_ORDERS = 5;

    List<CustomerView> byPhone(String phone);

    List<CustomerView> byEmail(String email);

    List<OrderSummaryView> lastOrders(String customerId);

    /** Through the back-office routes ({@code GET /customers?phone|email=}, {@code GET /customers/{id}/orders}). */
    static CustomerLookup of(BackOfficeApi api) {
        return new CustomerLookup() {
            @Override
            public List<CustomerView> byPhone(String phone) {
                return api.customersByPhone(phone);
            }

            @Override
            public List<CustomerView> byEmail(String email) {
                return api.customersByEmail(email);
            }

            @Override
            public List<OrderSummaryView> lastOrders(String customerId) {
                return api.customerOrders(customerId, LAST_ORDERS).items();
            }
        };
    }
}
