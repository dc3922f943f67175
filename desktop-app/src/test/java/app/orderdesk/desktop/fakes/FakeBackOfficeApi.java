package app.orderdesk.desktop.fakes;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.BackOfficeApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The back-office routes in memory, with a store day that looks like a real one. */
public final class FakeBackOfficeApi implements BackOfficeApi {

    /** Held after a failed step, as the server lists one: not yet paid (RECEIVED), the step one of the retryable ones. */
    public static final AttentionItemView FAILED = new AttentionItemView("00000000-0000-4000-8000-000000000042", "OD-000042",
            OrderStatus.RECEIVED, "FAILED", "ReserveStock",
            "A service the order depends on was unavailable at ReserveStock; the order is held with its stock kept: retry it from that step or cancel it",
            4500, "USD", Instant.parse("2026-03-01T09:12:00Z"));
    public static final AttentionItemView FOLLOW_UP = new AttentionItemView("00000000-0000-4000-8000-000000000043", "OD-000043",
            OrderStatus.RECEIPT_READY, "FOLLOW_UP", "EmailReceipt", "Receipt could not be delivered; resend it",
            1250, "USD", Instant.parse("2026-03-01T10:40:00Z"));
    /** Ended FAILED after its compensation (stock released, nothing charged): nothing to retry or cancel. Not listed by default. */
    public static final AttentionItemView COMPENSATED = new AttentionItemView("00000000-0000-4000-8000-000000000044", "OD-000044",
            OrderStatus.FAILED, "COMPENSATED", "ProcessPayment", "The payment service kept failing; no payment was recorded",
            5990, "USD", Instant.parse("2026-03-01T11:05:00Z"));
    public static final CustomerView ADA = new CustomerView("cus_0123456789abcdef01234567", "ada@example.test", "Ada Lovelace",
            "+4930123456", Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-03-01T09:00:00Z"));

    public String scope = "STORE";
    public int dashboardCalls;
    /** The {@code days} of every dashboard call, in order. */
    public final List<Integer> dashboardDays = new ArrayList<>();
    /** The store's today as the dashboard answers it, and cents added to every day's revenue (to tell reads apart). */
    public LocalDate today = LocalDate.parse("2026-03-01");
    public long revenueBump;
    /** When set, the dashboard call throws it. */
    public RuntimeException dashboardFailure;
    public final List<String> redriven = new ArrayList<>();
    public final List<String> phoneQueries = new ArrayList<>();
    public final List<String> emailQueries = new ArrayList<>();
    public final List<AttentionItemView> attention = new ArrayList<>(List.of(FAILED, FOLLOW_UP));
    /** The store's refunds today, as the dashboard answers them (managers only). */
    public DashboardView.DayRefunds refundsToday = new DashboardView.DayRefunds(3, 4_250);
    /** When set, redrive answers this error (e.g. 409 not redrivable). */
    public ApiException redriveFailure;

    @Override
    public synchronized DashboardView dashboard(int days) {
        dashboardCalls++;
        dashboardDays.add(days);
        if (dashboardFailure != null) {
            throw dashboardFailure;
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("IN_PROGRESS", 3L);
        byStatus.put("COMPLETED", "STORE".equals(scope) ? 41L : 7L);
        byStatus.put("REJECTED", 2L);
        byStatus.put("PAYMENT_DECLINED", 4L);
        byStatus.put("FAILED", 1L);
        byStatus.put("CANCELLED", 0L);
        if (!"STORE".equals(scope)) {
            return new DashboardView("MINE", today.toString(), "USD", byStatus, List.of(), List.of(), List.of(), List.of(), null);
        }
        List<DashboardView.DayRevenue> revenue = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            long cents = 180_000 + (long) (60_000 * Math.sin(i / 3.0)) + (i % 7 == 0 ? -90_000 : 0) + revenueBump;
            revenue.add(new DashboardView.DayRevenue(today.minusDays(i).toString(), 40 + i % 9, 35 + i % 7, cents));
        }
        List<DashboardView.ProductSales> top = new ArrayList<>();
        String[] names = {"Blue mug", "Green tea", "Red T-shirt", "Notebook A5", "Insulated Travel Mug 450 ml", "Tote bag", "Coffee beans 1kg",
                "Pencil set", "Water bottle", "Sticker pack"};
        for (int i = 0; i < names.length; i++) {
            top.add(new DashboardView.ProductSales("p-" + i, names[i], 120 - i * 11, (120 - i * 11) * (900 + i * 150L)));
        }
        List<DashboardView.LowStockItem> low = List.of(
                new DashboardView.LowStockItem("p-1", "Green tea", 6, 5, 9.3, 0.6),
                new DashboardView.LowStockItem("p-4", "Insulated Travel Mug 450 ml", 18, 5, 4.4, 4.1),
                new DashboardView.LowStockItem("p-7", "Pencil set", 30, 10, 5.0, 6.0));
        return new DashboardView("STORE", today.toString(), "USD", byStatus, revenue, top, low, List.copyOf(attention), refundsToday);
    }

    @Override
    public synchronized List<AttentionItemView> attention(int limit) {
        if (attentionFailure != null) {
            throw attentionFailure;
        }
        return List.copyOf(attention);
    }

    @Override
    public synchronized RedriveOutcome redrive(String orderId) {
        if (redriveFailure != null) {
            throw redriveFailure;
        }
        redriven.add(orderId);
        attention.removeIf(a -> a.orderId().equals(orderId));
        return new RedriveOutcome(orderId, "RUNNING", 1);
    }

    /** The directory: Ada until a test erases her. */
    public final List<CustomerView> directory = new ArrayList<>(List.of(ADA));
    public final List<String> erased = new ArrayList<>();
    /** Thrown by the export and the erasure when set (a 403 for a role that may not, the API down). */
    public RuntimeException customerAdminFailure;
    /** Thrown by {@code attention} when set (e.g. the service is unavailable for a moment). */
    public volatile RuntimeException attentionFailure;

    @Override
    public synchronized List<CustomerView> customersByPhone(String phone) {
        phoneQueries.add(phone);
        return phone.replaceAll("[^0-9]", "").endsWith("30123456") && directory.contains(ADA) ? List.of(ADA) : List.of();
    }

    @Override
    public synchronized List<CustomerView> customersByEmail(String email) {
        emailQueries.add(email);
        return directory.stream().filter(c -> c.email().equalsIgnoreCase(email)).toList();
    }

    @Override
    public synchronized String customersCsv() {
        if (customerAdminFailure != null) {
            throw customerAdminFailure;
        }
        StringBuilder csv = new StringBuilder("customerId,email,name,phone,firstOrderAt,lastOrderAt\r\n");
        directory.forEach(c -> csv.append(String.join(",", c.customerId(), c.email(), c.name(), c.phone() == null ? "" : c.phone(),
                c.firstOrderAt().toString(), c.lastOrderAt().toString())).append("\r\n"));
        return csv.toString();
    }

    @Override
    public synchronized app.orderdesk.api.CustomerErasureView eraseCustomer(String customerId) {
        if (customerAdminFailure != null) {
            throw customerAdminFailure;
        }
        if (!directory.removeIf(c -> c.customerId().equals(customerId))) {
            throw new ApiException(404, app.orderdesk.api.ApiError.of("CUSTOMER_NOT_FOUND", "No customer " + customerId + "."));
        }
        erased.add(customerId);
        return new app.orderdesk.api.CustomerErasureView(customerId, 2);
    }

    /** The status GET /customers/{id}/orders answers for Ada's newest order (a test refunds it meanwhile). */
    public volatile OrderStatus adasNewestOrderStatus = OrderStatus.COMPLETED;
    /** How many times a customer's orders were read. */
    public int customerOrderReads;

    @Override
    public synchronized Page<OrderSummaryView> customerOrders(String customerId, int limit) {
        customerOrderReads++;
        return new Page<>(List.of(
                new OrderSummaryView("00000000-0000-4000-8000-000000000031", "OD-000031", adasNewestOrderStatus, ADA.email(), ADA.name(),
                        2500, "USD", Instant.parse("2026-03-01T09:00:00Z")),
                new OrderSummaryView("00000000-0000-4000-8000-000000000007", "OD-000007", OrderStatus.COMPLETED, ADA.email(), ADA.name(),
                        1250, "USD", Instant.parse("2026-01-05T10:00:00Z"))), null);
    }
}
