package app.orderdesk.desktop.client;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import java.util.List;

/**
 * The back-office routes of issue 12 (dashboard, attention list, customer directory, redrive), kept
 * apart from {@link ApiClient} so the screens that need them say so and the order screens do not grow.
 */
public interface BackOfficeApi {

    /** {@code GET /dashboard?days=N}: the store's (managers) or the caller's own (staff) day. */
    DashboardView dashboard(int days);

    /** {@code GET /orders/attention}: FAILED and flagged orders with the failed step and reason. */
    List<AttentionItemView> attention(int limit);

    /** {@code POST /orders/{id}/redrive}: retry a FAILED order from its failed step; 409 when it cannot be. */
    RedriveOutcome redrive(String orderId);

    /** {@code GET /customers?phone=…}: callers with this phone number, in any written form. */
    List<CustomerView> customersByPhone(String phone);

    /** {@code GET /customers?email=…}. */
    List<CustomerView> customersByEmail(String email);

    /** {@code GET /customers/{id}/orders}: the caller's last orders, newest first. */
    Page<OrderSummaryView> customerOrders(String customerId, int limit);

    /** {@code GET /customers/export.csv} (managers): every customer in the directory as CSV, the header first. */
    String customersCsv();

    /** {@code DELETE /customers/{id}} (managers): erases the customer; their orders stay without personal fields. */
    app.orderdesk.api.CustomerErasureView eraseCustomer(String customerId);

    /** What {@code POST /orders/{id}/redrive} answers (202). */
    record RedriveOutcome(String orderId, String status, int redriveCount) {}
}
