package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.live.LiveUpdates;
import app.orderdesk.desktop.ui.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Dashboard screen's state: today's orders by status, revenue per day, the week's top products,
 * low stock with days of cover and what needs attention, read while the screen is on show: after each burst of
 * pushed changes, and by a timer — every {@link #REFRESH_EVERY} while live updates are paused, only every
 * {@link #CHECK_WHILE_LIVE} while they are on (ADR 0076). Staff get their own day only.
 */
public final class DashboardViewModel {

    /** While live updates are paused (or before they are on): the figures are polled. */
    static final Duration REFRESH_EVERY = LiveUpdates.DASHBOARD_FALLBACK_POLL;
    /**
     * While live updates are on, every change the figures follow is pushed and read after its burst settles; the slow
     * check is for what no push says (a new day begins, a push that failed). Before ADR 0076 the dashboard read every
     * 30 s whatever: 960 reads in an 8-hour day from a manager's desk left on it, each an API request, a function call
     * and a month of daily totals read, for nothing a push had not already brought.
     */
    static final Duration CHECK_WHILE_LIVE = Duration.ofMinutes(5);
    static final Duration PUSH_SETTLE = Duration.ofMillis(750);
    static final int DAYS = 30;
    /**
     * What a pushed change is read for: the week the top products and the stock cover are counted over (the server
     * reads at least a week whatever is asked). The older days of the revenue chart are kept from the last whole read:
     * a change to them (a redrive of an order placed more than a week ago) waits for the next timer's whole read.
     * Today is summed from its orders and each closed day is one summary item (ADR 0078), so a read after a push
     * reads 7 days where a whole read reads 30.
     */
    static final int RECENT_DAYS = 7;

    /** One status tile: e.g. COMPLETED → 12. */
    public record StatusCount(String status, long count) {}

    private final ObservableList<StatusCount> statusCounts = FXCollections.observableArrayList();
    private final ObservableList<DashboardView.DayRevenue> revenue = FXCollections.observableArrayList();
    private final ObservableList<DashboardView.ProductSales> topProducts = FXCollections.observableArrayList();
    private final ObservableList<DashboardView.LowStockItem> lowStock = FXCollections.observableArrayList();
    private final ObservableList<AttentionItemView> attention = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(Messages.text("dashboard.title"));
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("USD");
    private final ReadOnlyBooleanWrapper storeWide = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refundsCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refundsAmount = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refundsShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private final BackOfficeApi api;
    private final BackgroundExecutor executor;
    private Cancellable timer = Cancellable.NONE;
    private Cancellable pushed = Cancellable.NONE;
    private boolean refreshing;
    private boolean live;
    /** Days a read asked for while another was in flight (0: none): read once that one ends, so no push is missed. */
    private int askedMeanwhile;

    public DashboardViewModel(BackOfficeApi api, BackgroundExecutor executor) {
        this.api = api;
        this.executor = executor;
    }

    /** Loads now, every day the screen shows; ignored while a load is in flight. */
    public void load() {
        read(DAYS);
    }

    private void read(int days) {
        if (loading.get()) {
            // A push's read must not be lost behind the read in flight (it may have started before the change was
            // written): before ADR 0076 the next 30 s poll hid that; the timer now comes every 5 min while live.
            askedMeanwhile = Math.max(askedMeanwhile, days);
            return;
        }
        loading.set(true);
        executor.submit(() -> api.dashboard(days), view -> {
            show(view, days);
            readAskedMeanwhile();
        }, failure -> {
            loading.set(false);
            message.set(Messages.text("dashboard.loadFailed", ErrorMessages.describe(failure)));
            readAskedMeanwhile();
        });
    }

    private void readAskedMeanwhile() {
        int days = askedMeanwhile;
        askedMeanwhile = 0;
        if (days > 0 && refreshing) {
            read(days);
        }
    }

    /** Loads now and again by the timer ({@link #REFRESH_EVERY}, or {@link #CHECK_WHILE_LIVE} when live) until {@link #stopRefreshing()}. */
    public void startRefreshing() {
        refreshing = true;
        load();
        scheduleNext();
    }

    public void stopRefreshing() {
        refreshing = false;
        askedMeanwhile = 0;
        timer.cancel();
        timer = Cancellable.NONE;
        pushed.cancel();
        pushed = Cancellable.NONE;
    }

    /**
     * Live updates came on ({@code true}) or were paused: the timer is set again for the new interval, a full
     * interval from now (going live, the pushes' topics are subscribed and their {@code SUBSCRIBED} answer reads
     * once; going paused, the last read is recent).
     */
    public void liveChanged(boolean isLive) {
        live = isLive;
        if (refreshing) {
            scheduleNext();
        }
    }

    /**
     * A pushed change (an order's status, a product's stock) while the dashboard is shown: the figures are
     * read again once the burst settles ({@link #PUSH_SETTLE}; an order sends several statuses within a
     * second), so the tiles follow the store live instead of waiting for the next {@link #REFRESH_EVERY}.
     */
    public void onLiveUpdate(LiveUpdate update) {
        if (!refreshing || update == null) {
            return;
        }
        pushed.cancel();
        pushed = executor.schedule(PUSH_SETTLE, () -> {
            if (refreshing) {
                read(revenue.isEmpty() ? DAYS : RECENT_DAYS); // nothing to keep yet: every day
            }
        });
    }

    private void scheduleNext() {
        timer.cancel();
        timer = executor.schedule(live ? CHECK_WHILE_LIVE : REFRESH_EVERY, () -> {
            if (refreshing) {
                load();
                scheduleNext();
            }
        });
    }

    private void show(DashboardView view, int days) {
        loading.set(false);
        boolean store = "STORE".equals(view.scope());
        storeWide.set(store);
        heading.set(Messages.text(store ? "dashboard.heading.store" : "dashboard.heading.mine", app.orderdesk.desktop.order.StoreDates.day(view.today())));
        if (view.currency() != null) {
            currency.set(view.currency());
        }
        List<StatusCount> counts = new ArrayList<>();
        for (Map.Entry<String, Long> e : view.todayByStatus().entrySet()) {
            counts.add(new StatusCount(e.getKey(), e.getValue()));
        }
        statusCounts.setAll(counts);
        showRefunds(view.refundsToday());
        revenue.setAll(days < DAYS ? withOlderDaysKept(view.revenueByDay()) : view.revenueByDay());
        topProducts.setAll(view.topProductsThisWeek());
        lowStock.setAll(view.lowStock());
        attention.setAll(view.attention());
        message.set("");
    }

    /**
     * The recent days just read, after the older days of the chart as they were, the oldest dropped beyond {@link #DAYS}
     * (after midnight the recent days end one day later). ISO days sort as text.
     */
    private List<DashboardView.DayRevenue> withOlderDaysKept(List<DashboardView.DayRevenue> recent) {
        if (recent.isEmpty()) {
            return recent;
        }
        String first = recent.getFirst().day();
        List<DashboardView.DayRevenue> all = new ArrayList<>();
        for (DashboardView.DayRevenue day : revenue) {
            if (day.day().compareTo(first) < 0) {
                all.add(day);
            }
        }
        all.addAll(recent);
        return List.copyOf(all.subList(Math.max(0, all.size() - DAYS), all.size()));
    }

    /**
     * The store's refunds today, counted on the day they were made (a refund never moves an order's day, so the status
     * tiles cannot show it): how many, and their total (refunded or credited). Hidden for staff's own day.
     */
    private void showRefunds(DashboardView.DayRefunds refunds) {
        refundsShown.set(refunds != null);
        refundsCount.set(refunds == null ? "" : Long.toString(refunds.count()));
        refundsAmount.set(refunds == null || refunds.count() == 0 ? "" : Messages.text("dashboard.refunds.amount",
                app.orderdesk.desktop.order.Money.format(refunds.amountCents())));
    }

    public ReadOnlyStringProperty refundsCountProperty() {
        return refundsCount.getReadOnlyProperty();
    }

    /** E.g. "$42.50 in total" (refunded or credited). */
    public ReadOnlyStringProperty refundsAmountProperty() {
        return refundsAmount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refundsShownProperty() {
        return refundsShown.getReadOnlyProperty();
    }

    public ObservableList<StatusCount> statusCounts() {
        return statusCounts;
    }

    public ObservableList<DashboardView.DayRevenue> revenue() {
        return revenue;
    }

    public ObservableList<DashboardView.ProductSales> topProducts() {
        return topProducts;
    }

    public ObservableList<DashboardView.LowStockItem> lowStock() {
        return lowStock;
    }

    public ObservableList<AttentionItemView> attention() {
        return attention;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** False for staff: the store-wide panels stay hidden. */
    public ReadOnlyBooleanProperty storeWideProperty() {
        return storeWide.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
