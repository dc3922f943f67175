package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.client.OrderQuery;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSearchViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final Notifications notifications = new Notifications();
    private final OrderSearchViewModel search = new OrderSearchViewModel(api, new SameThreadExecutor(), notifications, ZoneOffset.UTC);

    private static OrderSummaryView order(String number) {
        return new OrderSummaryView("id-" + number, number, OrderStatus.COMPLETED, "ann@example.com", "Ann", 1250, "USD", Instant.now());
    }

    @Test
    void fromAndToAreTheStoresDaysOnceItsSettingsArrivedNotThisComputers() {
        OrderSearchViewModel desk = new OrderSearchViewModel(api, new SameThreadExecutor(), notifications,
                app.orderdesk.desktop.order.StoreDates::zone);
        try {
            // A Berlin store: its 29 March (the spring-forward day, 23 h) runs from 23:00 UTC the day before.
            app.orderdesk.desktop.order.StoreDates.useStore("de-DE", "Europe/Berlin");
            desk.fromDateProperty().set(LocalDate.of(2026, 3, 29));
            desk.toDateProperty().set(LocalDate.of(2026, 3, 29));

            desk.search();

            OrderQuery query = api.orderQueries.getLast();
            assertThat(query.from()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
            assertThat(query.to()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        } finally {
            app.orderdesk.desktop.order.StoreDates.useStore("en-US", null); // as before any settings: this computer's zone
        }
    }

    @Test
    void sendsTheCriteriaTrimmedAndTheDatesAsWholeDays() {
        search.emailProperty().set("  Ann@Example.com ");
        search.orderNumberProperty().set("od-000042");
        search.statusProperty().set(OrderStatus.FAILED);
        search.fromDateProperty().set(LocalDate.of(2026, 3, 1));
        search.toDateProperty().set(LocalDate.of(2026, 3, 2));

        search.search();

        OrderQuery query = api.orderQueries.getFirst();
        assertThat(query.email()).isEqualTo("ann@example.com");
        assertThat(query.orderNumber()).isEqualTo("OD-000042");
        assertThat(query.phone()).isNull();
        assertThat(query.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(query.nextToken()).isNull();
    }

    @Test
    void pagesForwardWithTheServersTokenAndBackWithTheOneItRemembered() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000003"), order("OD-000002")), "t2"));
        api.orderPages.put("t2", new Page<>(List.of(order("OD-000001")), null));

        search.search();
        assertThat(search.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000003", "OD-000002");
        assertThat(search.hasNextProperty().get()).isTrue();
        assertThat(search.hasPreviousProperty().get()).isFalse();

        search.nextPage();
        assertThat(search.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000001");
        assertThat(search.pageNumberProperty().get()).isEqualTo(2);
        assertThat(search.hasNextProperty().get()).isFalse();
        assertThat(search.hasPreviousProperty().get()).isTrue();

        search.previousPage();
        assertThat(search.pageNumberProperty().get()).isEqualTo(1);
        assertThat(api.orderQueries).extracting(OrderQuery::nextToken).containsExactly(null, "t2", null);
    }

    /** Walked, session 23: a search naming nothing lists the store's day only (the server's rule); the list says so. */
    @Test
    void aSearchNamingNothingSaysTheListIsToday() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000003"), order("OD-000002")), "t2"));
        search.search();
        assertThat(search.showingTodayProperty().get()).isTrue();
        assertThat(search.summaryProperty().get()).isEqualTo("Today's orders · page 1 · 2 orders · more on the next page");

        search.emailProperty().set("ann@example.com");
        search.search();
        assertThat(search.showingTodayProperty().get()).as("a search by email is not today's").isFalse();
        assertThat(search.summaryProperty().get()).startsWith("Page 1 · 2 orders");

        search.clearCriteria();
        api.orderPages.put("", new Page<>(List.of(), null));
        search.search();
        assertThat(search.summaryProperty().get()).isEqualTo("No orders today yet");
        search.statusProperty().set(OrderStatus.FAILED);
        search.search();
        assertThat(search.summaryProperty().get()).isEqualTo("No orders match");
    }

    /** ADR 0073: the orders paid on delivery whose payment is not recorded yet, for the manager cashing up. */
    @Test
    void asksForTheOutstandingPaymentsAndSaysThatIsWhatTheListShows() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000003")), null));
        search.paymentOutstandingProperty().set(true);
        search.search();

        assertThat(api.orderQueries.getLast().paymentOutstanding()).isTrue();
        assertThat(search.showingTodayProperty().get()).as("not today's: every outstanding payment").isFalse();
        assertThat(search.summaryProperty().get()).isEqualTo("Payment outstanding · page 1 · 1 order");
        api.orderPages.put("", new Page<>(List.of(), null));
        search.search();
        assertThat(search.summaryProperty().get()).isEqualTo("No payments outstanding: every order paid on delivery is paid");

        search.clearCriteria();
        search.search();
        assertThat(api.orderQueries.getLast().paymentOutstanding()).as("Clear unticks it").isFalse();
        assertThat(api.orderQueries.getLast().withNextToken("t2").paymentOutstanding()).isFalse();
        search.paymentOutstandingProperty().set(true);
        search.search();
        assertThat(api.orderQueries.getLast().withNextToken("t2").paymentOutstanding()).as("kept on the next page").isTrue();
    }

    /** ADR 0073: working down the outstanding payments, an order whose payment is recorded leaves the list. */
    @Test
    void anOrderWhosePaymentIsRecordedLeavesTheListOfOutstandingPayments() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000003"), order("OD-000002")), null));
        var paid = new app.orderdesk.api.PaymentReceivedView(app.orderdesk.api.CollectionMethod.CASH, null, "sue@store.test",
                Instant.parse("2026-12-01T10:12:00Z"));
        search.search();
        search.onShownOrder(shown("id-OD-000003", paid));
        assertThat(search.results()).as("an ordinary list keeps it").hasSize(2);

        search.paymentOutstandingProperty().set(true);
        search.search();
        search.onShownOrder(shown("id-OD-000002", null));
        assertThat(search.results()).as("still outstanding").hasSize(2);
        search.onShownOrder(shown("id-OD-000003", paid));
        assertThat(search.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000002");
        assertThat(search.summaryProperty().get()).as("the count follows (walked: it said 8 with 7 rows)")
                .isEqualTo("Payment outstanding · page 1 · 1 order");
    }

    private static app.orderdesk.api.OrderView shown(String orderId, app.orderdesk.api.PaymentReceivedView received) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        return new app.orderdesk.api.OrderView(orderId, "OD", OrderStatus.COMPLETED, null,
                new app.orderdesk.api.CustomerDetails("ann@example.com", "Ann", null), List.of(), 1250, "USD", null, true, at, at,
                List.of(), null, null, app.orderdesk.api.PaymentMethod.ON_DELIVERY, received);
    }

    // h-v: a listed order's pushed change shows in its row with no new search; a late older push changes nothing.
    @Test
    void aPushedChangeShowsInTheListedRowWithoutSearchingAgain() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000003"), order("OD-000002")), null));
        search.search();
        Instant t = Instant.parse("2026-11-29T10:00:00Z");

        search.onLiveUpdate(app.orderdesk.api.LiveUpdate.orderChanged("id-OD-000002", OrderStatus.REFUNDED, null, t, List.of(), true));
        search.onLiveUpdate(app.orderdesk.api.LiveUpdate.orderChanged("id-OD-000002", OrderStatus.PAID, null, t.minusSeconds(1), List.of(), false));
        search.onLiveUpdate(app.orderdesk.api.LiveUpdate.orderStatus("id-OD-000003", OrderStatus.FAILED, t)); // bare: not shown

        assertThat(search.results()).extracting(OrderSummaryView::status).containsExactly(OrderStatus.COMPLETED, OrderStatus.REFUNDED);
        assertThat(api.orderQueries).hasSize(1);
    }

    @Test
    void refusesAnUpsideDownDateRangeWithoutAskingTheServer() {
        search.fromDateProperty().set(LocalDate.of(2026, 3, 5));
        search.toDateProperty().set(LocalDate.of(2026, 3, 1));

        search.search();

        assertThat(search.errorProperty().get()).isEqualTo(OrderSearchViewModel.badRange());
        assertThat(api.orderQueries).isEmpty();
    }

    @Test
    void reportsAnUnreachableServerAsANotificationAndGoesOffline() {
        api.failEverything = new ConnectionUnavailableException("down", new IOException());

        search.search();

        assertThat(search.errorProperty().get()).isEqualTo("Cannot reach the Order Desk API");
        assertThat(notifications.currentProperty().get().error()).isTrue();
        assertThat(notifications.onlineProperty().get()).isFalse();
        assertThat(search.busyProperty().get()).isFalse();
    }

    @Test
    void anOlderSearchAnsweringAfterTheNewerOneIsIgnored() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderSearchViewModel typedOver = new OrderSearchViewModel(api, held, notifications, ZoneOffset.UTC);
        typedOver.emailProperty().set("ann@example.com");
        typedOver.search();
        typedOver.emailProperty().set("bob@example.com");
        typedOver.search();

        api.orderPages.put("", new Page<>(List.of(order("OD-000002")), null));
        held.release(1); // the newer search answers first
        api.orderPages.put("", new Page<>(List.of(order("OD-000001")), "more"));
        held.release(0); // then the one typed over

        assertThat(typedOver.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000002");
        assertThat(typedOver.hasNextProperty().get()).isFalse();
        assertThat(typedOver.busyProperty().get()).isFalse();
    }
}
