package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.client.OrderQuery;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.ManualExecutor;
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

    // --- ADR 0089: today's list follows every order (walked, session 36: another desk's order showed only after F5) ---

    private final ManualExecutor clock = new ManualExecutor();
    private final OrderSearchViewModel today = new OrderSearchViewModel(api, clock, notifications, ZoneOffset.UTC);
    private final Instant at = Instant.parse("2026-12-03T10:00:00Z");

    private static OrderSummaryView order(String number, OrderStatus status) {
        return new OrderSummaryView("id-" + number, number, status, "ann@example.com", "Ann", 1250, "USD", Instant.now());
    }

    private LiveUpdate placed(String number) {
        return LiveUpdate.orderChanged("id-" + number, OrderStatus.RECEIVED, null, at, List.of(), false);
    }

    @Test
    void anotherDesksNewOrderJoinsTodaysListOnTopShortlyAfterItsFirstPush() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000002"), order("OD-000001")), null));
        today.search();
        OrderSummaryView selected = today.results().get(1);
        List<Integer> removedAtOnce = new java.util.ArrayList<>();
        today.results().addListener((javafx.collections.ListChangeListener<OrderSummaryView>) c -> {
            while (c.next()) {
                removedAtOnce.add(c.getRemovedSize());
            }
        });

        // another desk places two orders: each sends a burst of pushes, and none of them is listed
        api.orderPages.put("", new Page<>(List.of(order("OD-000004", OrderStatus.PAID), order("OD-000003", OrderStatus.RECEIVED),
                order("OD-000002", OrderStatus.REFUNDED), order("OD-000001")), null));
        today.onLiveUpdate(placed("OD-000003"));
        today.onLiveUpdate(placed("OD-000004"));
        today.onLiveUpdate(LiveUpdate.orderStatus("id-OD-000004", OrderStatus.PAID, at)); // bare, still not listed
        assertThat(api.orderQueries).as("nothing read at once").hasSize(1);
        assertThat(clock.delays).as("one read for the pushes that come meanwhile, not put off by each")
                .containsExactly(OrderSearchViewModel.READ_AFTER_PUSH);

        assertThat(clock.tick()).isEqualTo(1);

        assertThat(api.orderQueries).hasSize(2);
        assertThat(api.orderQueries.getLast().nextToken()).as("the day's first page").isNull();
        assertThat(today.results()).extracting(OrderSummaryView::orderNumber)
                .containsExactly("OD-000004", "OD-000003", "OD-000002", "OD-000001");
        assertThat(today.results()).extracting(OrderSummaryView::status).as("listed rows take the status read")
                .containsExactly(OrderStatus.PAID, OrderStatus.RECEIVED, OrderStatus.REFUNDED, OrderStatus.COMPLETED);
        assertThat(today.results().get(3)).as("an unchanged row is the same row: its selection stays").isSameAs(selected);
        assertThat(removedAtOnce).as("rows are added and changed in place, never all replaced").isNotEmpty().allMatch(n -> n <= 1);
        assertThat(today.summaryProperty().get()).isEqualTo("Today's orders · page 1 · 4 orders");
        assertThat(today.busyProperty().get()).as("quiet: no busy spinner").isFalse();
    }

    @Test
    void anOrderTheDayDoesNotHoldIsReadForOnceThenItsPushesAreLeftAlone() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000002")), null));
        today.search();

        today.onLiveUpdate(placed("OD-000001")); // yesterday's order refunded today: not in the day's list
        clock.tick();
        today.onLiveUpdate(LiveUpdate.orderChanged("id-OD-000001", OrderStatus.REFUNDED, null, at, List.of(), false));
        clock.tick();

        assertThat(api.orderQueries).as("the search and one quiet read").hasSize(2);
        assertThat(today.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000002");

        today.search(); // a new search starts afresh
        today.onLiveUpdate(placed("OD-000001"));
        clock.tick();
        assertThat(api.orderQueries).hasSize(4);
    }

    @Test
    void onlyTodaysFirstPageFollowsOrdersItDoesNotHold() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000002")), "t2"));
        api.orderPages.put("t2", new Page<>(List.of(order("OD-000001")), null));
        today.emailProperty().set("ann@example.com");
        today.search();
        today.onLiveUpdate(placed("OD-000009"));
        today.catchUp();
        assertThat(clock.tick()).as("a search that named an email").isZero();

        today.clearCriteria();
        today.search();
        today.nextPage();
        today.onLiveUpdate(placed("OD-000009"));
        today.catchUp();
        assertThat(clock.tick()).as("the day's second page").isZero();
        assertThat(api.orderQueries).hasSize(3);
        assertThat(today.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000001");
    }

    @Test
    void aPushThatCameWhileTheDayWasReadIsNotOverwrittenByTheReadButReadAgain() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000001", OrderStatus.RECEIVED)), null));
        FakeApiClientPushingWhileRead racing = new FakeApiClientPushingWhileRead();
        OrderSearchViewModel list = new OrderSearchViewModel(racing, clock, notifications, ZoneOffset.UTC);
        racing.list = list;
        racing.orderPages.putAll(api.orderPages);
        list.search();

        // the read answers OD-000001 as still PENDING, but while it was out OD-000001's COMPLETED push arrived
        racing.orderPages.put("", new Page<>(List.of(order("OD-000002", OrderStatus.RECEIVED), order("OD-000001", OrderStatus.RECEIVED)), null));
        racing.pushDuringRead = LiveUpdate.orderChanged("id-OD-000001", OrderStatus.COMPLETED, null, at, List.of(), true);
        list.onLiveUpdate(placed("OD-000002"));
        clock.tick();

        assertThat(list.results()).extracting(OrderSummaryView::status).as("the push stands")
                .containsExactly(OrderStatus.RECEIVED, OrderStatus.COMPLETED);
        racing.orderPages.put("", new Page<>(List.of(order("OD-000002", OrderStatus.PAID), order("OD-000001", OrderStatus.COMPLETED)), null));
        assertThat(clock.tick()).as("which was newer is unknown: the day is read once more").isEqualTo(1);
        assertThat(list.results()).extracting(OrderSummaryView::status).containsExactly(OrderStatus.PAID, OrderStatus.COMPLETED);
        assertThat(clock.tick()).isZero();
    }

    /** The push arrives while GET /orders is out, as it can on the FX thread while the background read runs. */
    private static final class FakeApiClientPushingWhileRead extends FakeApiClient {
        OrderSearchViewModel list;
        LiveUpdate pushDuringRead;

        @Override
        public synchronized Page<OrderSummaryView> searchOrders(OrderQuery query) {
            if (pushDuringRead != null) {
                LiveUpdate push = pushDuringRead;
                pushDuringRead = null;
                list.onLiveUpdate(push);
            }
            return super.searchOrders(query);
        }
    }

    @Test
    void catchingUpAfterPushesWerePausedShowsTheDayAsItIsNow() {
        api.orderPages.put("", new Page<>(List.of(order("OD-000001", OrderStatus.RECEIVED)), null));
        today.search();
        api.orderPages.put("", new Page<>(List.of(order("OD-000002", OrderStatus.PAID), order("OD-000001", OrderStatus.COMPLETED)), null));

        today.catchUp(); // the orders topic just subscribed, or the 10 s poll while the socket is down

        assertThat(today.results()).extracting(OrderSummaryView::orderNumber).containsExactly("OD-000002", "OD-000001");
        assertThat(today.results()).extracting(OrderSummaryView::status).containsExactly(OrderStatus.PAID, OrderStatus.COMPLETED);
        api.failEverything = new ConnectionUnavailableException("down", new IOException());
        today.catchUp();
        assertThat(today.errorProperty().get()).as("a failed quiet read says nothing").isEmpty();
        assertThat(today.results()).hasSize(2);
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
