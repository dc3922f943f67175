package app.orderdesk.desktop.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.DashboardView;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import app.orderdesk.desktop.fakes.ManualExecutor;
import org.junit.jupiter.api.Test;

/** The back-office view models without a screen: same-thread work, timers ticked by hand. */
class BackOfficeViewModelsTest {

    private final FakeBackOfficeApi backOffice = new FakeBackOfficeApi();
    private final FakeApiClient api = new FakeApiClient();
    private final ManualExecutor executor = new ManualExecutor();

    @Test
    void theDashboardLoadsAndRefreshesWhileShownOnly() {
        var model = new DashboardViewModel(backOffice, executor);
        model.startRefreshing();

        assertThat(model.statusCounts()).extracting(DashboardViewModel.StatusCount::status).first().isEqualTo("IN_PROGRESS");
        assertThat(model.revenue()).hasSize(30);
        assertThat(model.topProducts()).hasSize(10);
        assertThat(model.lowStock()).first().satisfies(l -> assertThat(l.daysOfCover()).isEqualTo(0.6));
        assertThat(model.storeWideProperty().get()).isTrue();
        assertThat(executor.delays).containsExactly(DashboardViewModel.REFRESH_EVERY);

        executor.tick();
        assertThat(backOffice.dashboardCalls).isEqualTo(2);
        model.stopRefreshing();
        assertThat(executor.tick()).as("no refresh after the screen is left").isZero();
        assertThat(backOffice.dashboardCalls).isEqualTo(2);
    }

    @Test
    void whileLiveUpdatesAreOnTheDashboardIsReadByItsPushesAndOnlyCheckedNowAndThen() {
        var model = new DashboardViewModel(backOffice, executor);
        model.startRefreshing();
        assertThat(executor.delays).as("paused until told otherwise: polled").containsExactly(DashboardViewModel.REFRESH_EVERY);

        model.liveChanged(true);
        assertThat(executor.pending()).as("the 30 s poll gives way to the slow check").isEqualTo(1);
        assertThat(executor.delays).last().isEqualTo(DashboardViewModel.CHECK_WHILE_LIVE);
        executor.tick();
        assertThat(backOffice.dashboardCalls).as("the first load and the slow check's").isEqualTo(2);
        assertThat(executor.delays).last().as("and the next check is as slow").isEqualTo(DashboardViewModel.CHECK_WHILE_LIVE);

        model.liveChanged(false);
        assertThat(executor.pending()).as("one timer, not two").isEqualTo(1);
        assertThat(executor.delays).last().as("pushes paused: polled again").isEqualTo(DashboardViewModel.REFRESH_EVERY);

        model.stopRefreshing();
        model.liveChanged(true);
        assertThat(executor.pending()).as("left: no timer, whatever the live updates do").isZero();
        assertThat(DashboardViewModel.CHECK_WHILE_LIVE).isGreaterThan(DashboardViewModel.REFRESH_EVERY.multipliedBy(5));
    }

    @Test
    void aPushedChangeRefreshesTheShownDashboardOnceTheBurstSettles() {
        var model = new DashboardViewModel(backOffice, executor);
        var status = new app.orderdesk.api.LiveUpdate(app.orderdesk.api.LiveUpdate.ORDER_STATUS, "o-1",
                app.orderdesk.api.OrderStatus.COMPLETED, null, java.time.Instant.now());
        model.onLiveUpdate(status);
        assertThat(executor.pending()).as("not shown: a push does nothing").isZero();

        model.startRefreshing();
        assertThat(backOffice.dashboardCalls).isEqualTo(1);
        model.onLiveUpdate(status);
        model.onLiveUpdate(status);
        model.onLiveUpdate(status);
        assertThat(executor.delays).contains(DashboardViewModel.PUSH_SETTLE);
        executor.tick();
        assertThat(backOffice.dashboardCalls).as("the first load, one read for the burst of three pushes, the 30 s timer's").isEqualTo(3);

        model.stopRefreshing();
        int before = backOffice.dashboardCalls;
        model.onLiveUpdate(status);
        executor.tick();
        assertThat(backOffice.dashboardCalls).as("left: pushes no longer read").isEqualTo(before);
    }

    /**
     * ADR 0076: a pushed change is read for the recent week only (each day is a Query); the chart keeps its older days
     * from the last whole read, and after midnight the recent week ends a day later and the oldest day drops off.
     */
    @Test
    void aPushedChangeReadsTheRecentWeekAndTheChartKeepsItsOlderDays() {
        var model = new DashboardViewModel(backOffice, executor);
        model.startRefreshing();
        var whole = java.util.List.copyOf(model.revenue());
        assertThat(whole).hasSize(DashboardViewModel.DAYS);
        var status = new app.orderdesk.api.LiveUpdate(app.orderdesk.api.LiveUpdate.ORDER_STATUS, "o-1",
                app.orderdesk.api.OrderStatus.COMPLETED, null, java.time.Instant.now());

        backOffice.revenueBump = 100; // the recent week sold more since
        model.onLiveUpdate(status);
        assertThat(executor.tickOnly(DashboardViewModel.PUSH_SETTLE)).isEqualTo(1);
        assertThat(backOffice.dashboardDays).containsExactly(DashboardViewModel.DAYS, DashboardViewModel.RECENT_DAYS);
        assertThat(model.revenue()).hasSize(DashboardViewModel.DAYS);
        assertThat(model.revenue().subList(0, 23)).as("older days: as the whole read had them").isEqualTo(whole.subList(0, 23));
        assertThat(model.revenue().subList(23, 30)).extracting(DashboardView.DayRevenue::revenueCents).as("the recent week: as just read")
                .isEqualTo(whole.subList(23, 30).stream().map(d -> d.revenueCents() + 100).toList());

        backOffice.today = java.time.LocalDate.parse("2026-03-02"); // midnight passed
        model.onLiveUpdate(status);
        executor.tickOnly(DashboardViewModel.PUSH_SETTLE);
        assertThat(backOffice.dashboardDays).last().isEqualTo(DashboardViewModel.RECENT_DAYS);
        assertThat(model.revenue()).hasSize(DashboardViewModel.DAYS);
        assertThat(model.revenue()).extracting(DashboardView.DayRevenue::day).doesNotHaveDuplicates().isSorted()
                .startsWith("2026-02-01").endsWith("2026-03-02");
        assertThat(model.revenue().getFirst()).as("kept from the whole read").isEqualTo(whole.get(1));
    }

    /**
     * A push settling while a read is in flight (a slow API): that read may have started before the push's change was
     * written, so the push's read runs once it ends instead of being dropped (the next timer is minutes away while live).
     */
    @Test
    void aPushWhileAReadIsInFlightIsReadOnceThatReadEnds() {
        var held = new app.orderdesk.desktop.fakes.HeldExecutor();
        var model = new DashboardViewModel(backOffice, held);
        model.startRefreshing(); // held: the whole read, the timer
        held.release(0);
        var status = new app.orderdesk.api.LiveUpdate(app.orderdesk.api.LiveUpdate.ORDER_STATUS, "o-1",
                app.orderdesk.api.OrderStatus.COMPLETED, null, java.time.Instant.now());
        model.onLiveUpdate(status); // held: timer, settle
        held.release(1); // the settled push reads: held: timer, its read (in flight)
        model.onLiveUpdate(status); // another change meanwhile: held: timer, read, settle
        held.release(2); // it settles while the read is in flight
        assertThat(held.waiting()).isEqualTo(2);
        held.release(1); // the read in flight ends...
        assertThat(held.waiting()).as("...and the push that came meanwhile is read").isEqualTo(2);
        held.release(1);
        assertThat(backOffice.dashboardDays).containsExactly(DashboardViewModel.DAYS, DashboardViewModel.RECENT_DAYS,
                DashboardViewModel.RECENT_DAYS);
        assertThat(held.waiting()).as("the timer alone: nothing read twice").isEqualTo(1);
    }

    @Test
    void aPushBeforeAnyWholeReadReadsEveryDay() {
        backOffice.dashboardFailure = new IllegalStateException("unavailable");
        var model = new DashboardViewModel(backOffice, executor);
        model.startRefreshing();
        assertThat(model.revenue()).isEmpty();
        backOffice.dashboardFailure = null;
        model.onLiveUpdate(new app.orderdesk.api.LiveUpdate(app.orderdesk.api.LiveUpdate.ORDER_STATUS, "o-1",
                app.orderdesk.api.OrderStatus.COMPLETED, null, java.time.Instant.now()));
        executor.tickOnly(DashboardViewModel.PUSH_SETTLE);
        assertThat(backOffice.dashboardDays).last().isEqualTo(DashboardViewModel.DAYS);
        assertThat(model.revenue()).hasSize(DashboardViewModel.DAYS);
    }

    @Test
    void staffSeeTheirOwnDayWithoutStoreFigures() {
        backOffice.scope = "MINE";
        var model = new DashboardViewModel(backOffice, executor);
        model.load();

        assertThat(model.storeWideProperty().get()).isFalse();
        assertThat(model.headingProperty().get()).startsWith("Your orders today");
        assertThat(model.revenue()).isEmpty();
        assertThat(model.refundsShownProperty().get()).as("the store's refunds are a manager's figure").isFalse();
    }

    @Test
    void theStoresRefundsTodaySayHowManyAndHowMuchWentBack() {
        var model = new DashboardViewModel(backOffice, executor);
        model.load();
        assertThat(model.refundsShownProperty().get()).isTrue();
        assertThat(model.refundsCountProperty().get()).isEqualTo("3");
        assertThat(model.refundsAmountProperty().get()).isEqualTo("$42.50 in total");

        backOffice.refundsToday = new app.orderdesk.api.DashboardView.DayRefunds(0, 0);
        model.load();
        assertThat(model.refundsCountProperty().get()).isEqualTo("0");
        assertThat(model.refundsAmountProperty().get()).as("nothing given back: no amount to read").isEmpty();
    }

    @Test
    void retryIsOfferedForFailedOrdersOnlyAndReloadsTheList() {
        var model = new AttentionViewModel(backOffice, api, executor, false);
        model.load();
        assertThat(model.items()).hasSize(2);

        model.selectedProperty().set(FakeBackOfficeApi.FOLLOW_UP);
        assertThat(model.canRetryProperty().get()).as("a receipt follow-up is resent, not retried").isFalse();
        assertThat(model.canCancelProperty().get()).as("support may not cancel").isFalse();

        model.selectedProperty().set(FakeBackOfficeApi.FAILED);
        model.retrySelected();
        assertThat(backOffice.redriven).containsExactly(FakeBackOfficeApi.FAILED.orderId());
        // the failed step in words ("Reserve stock"), not its code
        assertThat(model.messageProperty().get()).contains("OD-000042").contains(app.orderdesk.desktop.order.StepWords.stepName("ReserveStock"))
                .doesNotContain("ReserveStock");
        assertThat(model.items()).extracting(a -> a.orderNumber()).containsExactly("OD-000043");
    }

    /**
     * ADR 0074: holds and retries are pushed. An order held (a change with a reason) joins the shown list once the burst
     * settles, without Reload; another order's step reads nothing; what was just done stays said.
     */
    @Test
    void aPushedHoldJoinsTheListAndAnActionsNoteStays() {
        var model = new AttentionViewModel(backOffice, api, executor, true);
        String held = FakeBackOfficeApi.COMPENSATED.orderId();
        model.onLiveUpdate(change(held, "held"));
        assertThat(executor.pending()).as("never shown: a push does nothing").isZero();

        model.load();
        assertThat(model.items()).hasSize(2);
        model.onLiveUpdate(change("00000000-0000-4000-8000-0000000000ff", null));
        model.onLiveUpdate(new app.orderdesk.api.LiveUpdate(app.orderdesk.api.LiveUpdate.STOCK, null, null, "p-1", java.time.Instant.now()));
        assertThat(executor.pending()).as("another order's step, a stock change: nothing to read").isZero();

        backOffice.attention.add(FakeBackOfficeApi.COMPENSATED);
        model.onLiveUpdate(change(held, "held"));
        model.onLiveUpdate(change(held, "held"));
        assertThat(executor.pending()).as("one read for the burst").isEqualTo(1);
        executor.tick();
        assertThat(model.items()).extracting(a -> a.orderNumber()).containsExactly("OD-000042", "OD-000043", "OD-000044");
        assertThat(model.messageProperty().get()).isEqualTo("3 orders need attention.");

        model.selectedProperty().set(FakeBackOfficeApi.FAILED);
        model.retrySelected();
        String retrying = model.messageProperty().get();
        assertThat(retrying).startsWith("Retrying OD-000042");
        backOffice.attention.removeIf(a -> a.orderId().equals(FakeBackOfficeApi.FOLLOW_UP.orderId()));
        model.onLiveUpdate(change(FakeBackOfficeApi.FOLLOW_UP.orderId(), null)); // listed: its change is read
        executor.tick();
        assertThat(model.items()).extracting(a -> a.orderNumber()).containsExactly("OD-000044");
        assertThat(model.messageProperty().get()).as("the retry's note stays").isEqualTo(retrying);

        model.onLiveUpdate(change(held, "held"));
        model.stopFollowing(); // sign-out
        model.onLiveUpdate(change(held, "held"));
        assertThat(executor.pending()).as("signed out: the asked-for reload is dropped, pushes read nothing").isZero();
    }

    /**
     * ADR 0075: with pushes paused (or the list's topic only just subscribed) an order held meanwhile joins the shown list
     * at the next catch-up read, without Reload, and a note just said stays; a list never shown reads nothing.
     */
    @Test
    void aHoldMissedWhilePushesWerePausedJoinsTheListAtTheCatchUp() {
        var model = new AttentionViewModel(backOffice, api, executor, true);
        model.catchUp();
        assertThat(model.items()).as("never shown: nothing read").isEmpty();

        model.load();
        assertThat(model.items()).hasSize(2);
        model.selectedProperty().set(FakeBackOfficeApi.FAILED);
        model.retrySelected();
        String retrying = model.messageProperty().get();

        backOffice.attention.add(FakeBackOfficeApi.COMPENSATED); // held while no push could say so
        model.catchUp();

        assertThat(model.items()).extracting(a -> a.orderNumber()).contains("OD-000044");
        assertThat(model.messageProperty().get()).as("the retry's note stays").isEqualTo(retrying);

        backOffice.attentionFailure = new IllegalStateException("unavailable");
        model.catchUp();
        assertThat(model.messageProperty().get()).as("a quiet read that failed leaves the note").isEqualTo(retrying);
        model.load();
        assertThat(model.messageProperty().get()).startsWith("The attention list could not be loaded");
        backOffice.attentionFailure = null;
        model.catchUp();
        assertThat(model.messageProperty().get()).as("walked: the failure stayed above the list read after it")
                .isEqualTo(model.items().size() + " orders need attention.");
    }

    private static app.orderdesk.api.LiveUpdate change(String orderId, String reason) {
        return new app.orderdesk.api.LiveUpdate(app.orderdesk.api.LiveUpdate.ORDER_STATUS, orderId,
                app.orderdesk.api.OrderStatus.RECEIVED, null, java.time.Instant.now(), reason, java.time.Instant.now(), java.util.List.of(), false);
    }

    @Test
    void aRefusedRetrySaysWhyInWords() {
        backOffice.redriveFailure = new ApiException(409, ApiError.of("NOT_REDRIVABLE", "This order cannot be retried: it was not FAILED."));
        var model = new AttentionViewModel(backOffice, api, executor, true);
        model.load();
        model.selectedProperty().set(FakeBackOfficeApi.FAILED);
        model.retrySelected();

        assertThat(model.messageProperty().get()).isEqualTo("OD-000042 could not be retried: This order cannot be retried: it was not FAILED.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void managersCancelAndReleaseStockThroughTheCancelRoute() {
        var model = new AttentionViewModel(backOffice, api, executor, true);
        model.load();
        model.selectedProperty().set(FakeBackOfficeApi.FAILED);
        assertThat(model.canCancelProperty().get()).isTrue();
        model.cancelSelected();

        assertThat(api.cancelled).containsExactly(FakeBackOfficeApi.FAILED.orderId());
        assertThat(model.messageProperty().get()).contains("cancelled and its stock released");
    }

    /**
     * Walked, session 19: a manager was offered Cancel for an order that had ended FAILED after its compensation; the
     * server refused it ("already ended as failed"). Only an order not yet paid can be cancelled; the others say what to do.
     */
    @Test
    void cancelIsOfferedOnlyForAnOrderNotYetPaidAndTheOthersSayWhatToDo() {
        backOffice.attention.add(FakeBackOfficeApi.COMPENSATED);
        var model = new AttentionViewModel(backOffice, api, executor, true);
        model.load();

        model.selectedProperty().set(FakeBackOfficeApi.COMPENSATED);
        assertThat(model.canCancelProperty().get()).as("it ended: the cancel route refuses it").isFalse();
        assertThat(model.canRetryProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(
                "OD-000044 has ended: its stock was released and nothing was charged, so there is nothing to retry or cancel. Let the customer know.");

        model.selectedProperty().set(FakeBackOfficeApi.FOLLOW_UP);
        assertThat(model.canCancelProperty().get()).as("paid: refunded, not cancelled").isFalse();
        // Not "is paid": most orders are paid on delivery (the default), and their receipt fails the same way (session 21).
        assertThat(model.messageProperty().get()).startsWith("OD-000043 went through; only its receipt did not arrive.");

        model.selectedProperty().set(FakeBackOfficeApi.FAILED);
        assertThat(model.canCancelProperty().get()).as("held, not yet paid").isTrue();
        assertThat(model.messageProperty().get()).as("the last hint stays until something else is said")
                .startsWith("OD-000043");
    }

    @Test
    void findsACallerByPhoneOrEmailAndShowsTheirLastOrders() {
        var model = new CustomerLookupViewModel(backOffice, executor);
        model.queryProperty().set(" 030 123456 ");
        model.search();
        assertThat(backOffice.phoneQueries).containsExactly("030 123456");
        assertThat(model.selectedProperty().get()).isEqualTo(FakeBackOfficeApi.ADA);
        assertThat(model.orders()).extracting(o -> o.orderNumber()).containsExactly("OD-000031", "OD-000007");

        model.queryProperty().set("ADA@example.test");
        model.search();
        assertThat(backOffice.emailQueries).containsExactly("ADA@example.test");

        model.queryProperty().set("nobody@example.test");
        model.search();
        assertThat(model.customers()).isEmpty();
        assertThat(model.orders()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("No customer with this email.");
    }

    /** Audit, session 33: with two reloads in flight the first answer ended "busy" while the second still ran. */
    @Test
    void onlyTheNewestAttentionReloadEndsBusy() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        var model = new AttentionViewModel(backOffice, api, held, true);
        model.load();
        model.load(); // Reload again, or F5

        held.release(0);
        assertThat(model.busyProperty().get()).as("the newer reload still runs").isTrue();
        held.release(0);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.items()).isNotEmpty();
    }

    /** Audit, session 33: searching again for the same caller kept their last orders as first read (a refund never showed). */
    @Test
    void searchingAgainForTheSameCustomerReadsTheirLastOrdersAgain() {
        var model = new CustomerLookupViewModel(backOffice, executor);
        model.queryProperty().set("ada@example.test");
        model.search();
        assertThat(model.orders()).first().extracting(o -> o.status()).isEqualTo(app.orderdesk.api.OrderStatus.COMPLETED);

        backOffice.adasNewestOrderStatus = app.orderdesk.api.OrderStatus.PARTIALLY_REFUNDED; // refunded on the order's detail meanwhile
        model.search(); // F5, or Find again

        assertThat(backOffice.customerOrderReads).isEqualTo(2);
        assertThat(model.orders()).first().extracting(o -> o.status()).isEqualTo(app.orderdesk.api.OrderStatus.PARTIALLY_REFUNDED);
    }

    /** Audit, session 33: a slow answer to an earlier search replaced what the newer one found. */
    @Test
    void theNewestCustomerSearchWinsWhateverOrderTheAnswersComeIn() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        var model = new CustomerLookupViewModel(backOffice, held);
        model.queryProperty().set("030 123456");
        model.search(); // Ada, slow
        model.queryProperty().set("nobody@example.test");
        model.search(); // no one

        held.release(1); // the newer answers first
        held.release(0); // then the older

        assertThat(model.customers()).as("what the newest search found").isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("No customer with this email.");
    }

    /** Walked in session 21: a name went to the phone search and came back "not a valid phone number". */
    @Test
    void aNameIsNotSentAsAPhoneNumberAndTheMessageSaysWhatCanBeSearched() {
        var model = new CustomerLookupViewModel(backOffice, executor);
        model.queryProperty().set("walker");
        model.search();

        assertThat(backOffice.phoneQueries).isEmpty();
        assertThat(backOffice.emailQueries).isEmpty();
        assertThat(model.messageProperty().get()).contains("phone number").contains("email address").contains("names are not searched");

        model.queryProperty().set("+49 (30) 123-456");
        model.search();
        assertThat(backOffice.phoneQueries).containsExactly("+49 (30) 123-456");
    }

    /** Issue 12's manager routes had no way to them from the desk (session 20). */
    @Test
    void aManagerSavesTheDirectoryAsCsvAndErasesTheChosenCustomer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var model = new CustomerLookupViewModel(backOffice, executor, true);
        java.nio.file.Path file = dir.resolve("customers.csv");
        model.exportCsv(file);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(backOffice.customersCsv());
        assertThat(model.messageProperty().get()).isEqualTo("Customer directory saved to " + file.toAbsolutePath());

        assertThat(model.canEraseBinding().get()).as("nobody chosen").isFalse();
        model.queryProperty().set(FakeBackOfficeApi.ADA.email());
        model.search();
        assertThat(model.canEraseBinding().get()).isTrue();
        model.eraseSelected();
        assertThat(backOffice.erased).containsExactly(FakeBackOfficeApi.ADA.customerId());
        assertThat(model.customers()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.orders()).isEmpty();
        assertThat(model.messageProperty().get())
                .isEqualTo("Erased Ada Lovelace <ada@example.test>: 2 orders now without name, email and phone.");

        backOffice.customerAdminFailure = new ApiException(404, ApiError.of("CUSTOMER_NOT_FOUND", "No customer cus_1."));
        model.customers().setAll(FakeBackOfficeApi.ADA);
        model.selectedProperty().set(FakeBackOfficeApi.ADA);
        model.eraseSelected();
        assertThat(model.messageProperty().get()).isEqualTo("The customer could not be erased: No customer cus_1.");
        assertThat(model.customers()).as("kept on screen when the server refused").containsExactly(FakeBackOfficeApi.ADA);
    }

    @Test
    void staffAndSupportNeitherExportNorErase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var model = new CustomerLookupViewModel(backOffice, executor);
        model.queryProperty().set(FakeBackOfficeApi.ADA.email());
        model.search();
        assertThat(model.canEraseBinding().get()).isFalse();
        model.eraseSelected();
        model.exportCsv(dir.resolve("customers.csv"));
        assertThat(backOffice.erased).isEmpty();
        assertThat(dir.resolve("customers.csv")).doesNotExist();
    }
}
