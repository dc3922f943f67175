package app.orderdesk.desktop.orders;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.client.OrderQuery;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.infra.LatestRequest;
import app.orderdesk.desktop.shell.Notifications;
import app.orderdesk.desktop.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order search: criteria, one page of results, and next/previous page. The server pages with
 * opaque tokens, so the tokens of the pages already seen are kept to go back.
 */
public final class OrderSearchViewModel {

    static final int PAGE_SIZE = 25;

    static String badRange() {
        return Messages.text("orders.badRange");
    }

    private final StringProperty orderNumber = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    /** Only orders paid on delivery whose payment is not recorded yet (ADR 0073): what a manager cashing up chases. */
    private final BooleanProperty paymentOutstanding = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final ObservableList<OrderSummaryView> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pageNumber = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showingToday = new ReadOnlyBooleanWrapper(false);

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Notifications notifications;
    /** Read at each search: the store's zone arrives with its settings after sign-in (and changes when a manager saves). */
    private final Supplier<ZoneId> zone;
    // tokens.get(i) loads page i+1; the first page has no token.
    private final List<String> tokens = new ArrayList<>();
    private OrderQuery base;
    private String nextToken;
    // Latest request wins: the answer to a search typed over, or a page left, is dropped.
    private final LatestRequest latest;

    public OrderSearchViewModel(ApiClient api, BackgroundExecutor executor, Notifications notifications, ZoneId zone) {
        this(api, executor, notifications, () -> zone);
    }

    /**
     * {@code zone}: the store's, as the list shows its times ({@code StoreDates::zone}): From and To are the store's
     * days, not this computer's (a desk on UTC searching a Berlin store's 29 March missed its orders after midnight
     * and got the next day's; session 31).
     */
    public OrderSearchViewModel(ApiClient api, BackgroundExecutor executor, Notifications notifications, Supplier<ZoneId> zone) {
        this.api = api;
        this.executor = executor;
        this.latest = new LatestRequest(executor);
        this.notifications = notifications;
        this.zone = zone;
    }

    /** Searches from the first page with the current criteria. */
    public void search() {
        LocalDate from = fromDate.get();
        LocalDate to = toDate.get();
        if (from != null && to != null && from.isAfter(to)) {
            error.set(badRange());
            return;
        }
        base = toQuery();
        notOnTheDay.clear();
        tokens.clear();
        tokens.add(null);
        load(0);
    }

    public void nextPage() {
        if (!hasNext.get() || busy.get()) {
            return;
        }
        int index = pageNumber.get();
        if (tokens.size() <= index) {
            tokens.add(nextToken);
        } else {
            tokens.set(index, nextToken);
        }
        load(index);
    }

    public void previousPage() {
        if (!hasPrevious.get() || busy.get()) {
            return;
        }
        load(pageNumber.get() - 2);
    }

    /** Empties the criteria (not the results). */
    public void clearCriteria() {
        orderNumber.set("");
        email.set("");
        phone.set("");
        status.set(null);
        paymentOutstanding.set(false);
        fromDate.set(null);
        toDate.set(null);
    }

    OrderQuery toQuery() {
        String number = blankToNull(orderNumber.get());
        String mail = blankToNull(email.get());
        ZoneId storeZone = zone.get();
        Instant from = fromDate.get() == null ? null : fromDate.get().atStartOfDay(storeZone).toInstant();
        // "to" is a whole day, inclusive for people; the API's bound is exclusive.
        Instant to = toDate.get() == null ? null : toDate.get().plusDays(1).atStartOfDay(storeZone).toInstant();
        return new OrderQuery(number == null ? null : number.toUpperCase(Locale.ROOT),
                mail == null ? null : mail.toLowerCase(Locale.ROOT), blankToNull(phone.get()), status.get(),
                from, to, PAGE_SIZE, null, paymentOutstanding.get());
    }

    private void load(int pageIndex) {
        OrderQuery query = base.withNextToken(tokens.get(pageIndex));
        // the person's request supersedes a quiet read of the day (latest wins): its answer will not come
        readSoon.cancel();
        readPending = false;
        reading = false;
        busy.set(true);
        error.set("");
        latest.submit(() -> api.searchOrders(query), page -> {
            busy.set(false);
            notifications.reachable();
            show(pageIndex, page);
        }, failure -> {
            busy.set(false);
            error.set(ErrorMessages.describe(failure));
            notifications.failure(Messages.text("orders.searchFailed"), failure);
        });
    }

    private void show(int pageIndex, Page<OrderSummaryView> page) {
        List<OrderSummaryView> items = page.items() == null ? List.of() : page.items();
        results.setAll(items);
        nextToken = page.nextToken();
        pageNumber.set(pageIndex + 1);
        hasNext.set(nextToken != null && !nextToken.isEmpty());
        hasPrevious.set(pageIndex > 0);
        // A search naming nothing lists the store's day only (GET /orders): walked, session 23, support saw "Page 1 · 9
        // orders" and not the older ones, with nothing saying the list was today's.
        showingToday.set(namesNothing(base));
        summarise(pageIndex, items.size());
    }

    /** E.g. "Today's orders · page 1 · 9 orders", for the page shown and the rows it has. */
    private void summarise(int pageIndex, int rows) {
        String prefix = showingToday.get() ? "orders.today." : base.paymentOutstanding() ? "orders.outstanding." : "orders.";
        summary.set(rows == 0 && pageIndex == 0 ? Messages.text(prefix + "none")
                : Messages.text(prefix + (hasNext.get() ? "page.more" : "page"), pageIndex + 1, rows));
    }

    private static boolean namesNothing(OrderQuery query) {
        return query.orderNumber() == null && query.email() == null && query.phone() == null && query.status() == null
                && query.from() == null && query.to() == null && !query.paymentOutstanding();
    }

    /** True while the list shows the store's day because the search named nothing (the server's answer to that). */
    public ReadOnlyBooleanProperty showingTodayProperty() {
        return showingToday.getReadOnlyProperty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StringProperty orderNumberProperty() {
        return orderNumber;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public BooleanProperty paymentOutstandingProperty() {
        return paymentOutstanding;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    // --- h-v: a pushed change shows in the list without searching again ---

    // When each listed order's shown status was pushed, so a late, older push never moves a row back.
    private final Map<String, Instant> pushedAt = new HashMap<>();

    /**
     * A pushed change of an order (FX thread). A listed row shows the new status at once; bare pushes change no row.
     * While the list shows the store's day from its first page, the Orders tab follows every order (ADR 0089): an
     * order not listed (another desk's new one) makes the list read the day again quietly, shortly after, and join its
     * new rows to the top.
     */
    public void onLiveUpdate(LiveUpdate update) {
        if (update == null || !LiveUpdate.ORDER_STATUS.equals(update.type()) || update.orderId() == null) {
            return;
        }
        if (reading) {
            pushedWhileReading.add(update.orderId());
        }
        int i = indexOf(update.orderId());
        if (i < 0) {
            if (followsTheDay() && !notOnTheDay.contains(update.orderId())) {
                awaited.add(update.orderId());
                readTheDaySoon();
            }
            return;
        }
        if (!update.carriesChange()) {
            return;
        }
        Instant before = pushedAt.get(update.orderId());
        if ((before == null || !update.at().isBefore(before)) && showStatus(i, update.status())) {
            pushedAt.put(update.orderId(), update.at());
        }
    }

    /**
     * ADR 0089 (as ADR 0075 for the attention list): pushes may have been missed — the socket down, or the Orders tab's
     * topic only just subscribed. Today's list, shown from its first page, reads the day again quietly: orders placed
     * meanwhile join it and the listed rows show their statuses now.
     */
    public void catchUp() {
        if (followsTheDay()) {
            readTheDay();
        }
    }

    /** True while pushes may change what the list holds: the store's day, its first page, no search of the person's out. */
    private boolean followsTheDay() {
        return base != null && showingToday.get() && pageNumber.get() == 1 && !busy.get();
    }

    /**
     * One read for the pushes of the next {@link #READ_AFTER_PUSH}: an order's first push brings it (its later steps then
     * update its row), and a busy store's steady pushes are read at most that often — never put off for good.
     */
    private void readTheDaySoon() {
        if (readPending) {
            return;
        }
        readPending = true;
        readSoon = executor.schedule(READ_AFTER_PUSH, () -> {
            readPending = false;
            readTheDay();
        });
    }

    private void readTheDay() {
        if (!followsTheDay()) {
            return;
        }
        OrderQuery query = base.withNextToken(null);
        Set<String> expected = new HashSet<>(awaited);
        awaited.clear();
        pushedWhileReading.clear();
        reading = true;
        latest.submit(() -> api.searchOrders(query), page -> {
            reading = false;
            join(page, expected);
        }, failure -> reading = false); // quiet: the next push, catch-up or F5 reads again
    }

    /**
     * Joins the day's first page to the rows shown: new orders on top, in the server's order (newest first); a listed
     * row takes the status read unless a push for it came while the read was out (which of the two is newer is
     * unknown, so the day is read once more). Rows are added and changed in place, never replaced all at once, so the
     * row a person has selected stays selected.
     */
    private void join(Page<OrderSummaryView> page, Set<String> expected) {
        List<OrderSummaryView> items = page.items() == null ? List.of() : page.items();
        Set<String> read = new HashSet<>();
        boolean again = false;
        int top = 0;
        for (OrderSummaryView row : items) {
            read.add(row.orderId());
            int i = indexOf(row.orderId());
            if (pushedWhileReading.contains(row.orderId())) {
                again = true;
            }
            if (i < 0) {
                results.add(top++, row);
            } else if (!pushedWhileReading.contains(row.orderId())) {
                showStatus(i, row.status());
            }
        }
        // placed another day (a refund of yesterday's order) or past the first page: their pushes read nothing more
        expected.stream().filter(id -> !read.contains(id)).forEach(notOnTheDay::add);
        pushedWhileReading.clear();
        summarise(0, results.size());
        if (again) {
            readTheDaySoon();
        }
    }

    /** How long the list gathers pushes before it reads the day: an order's first steps come within it. */
    static final Duration READ_AFTER_PUSH = Duration.ofMillis(500);
    private Cancellable readSoon = Cancellable.NONE;
    private boolean readPending;
    private boolean reading;
    /** Orders pushed while a quiet read was out. */
    private final Set<String> pushedWhileReading = new HashSet<>();
    /** Orders pushed but not listed, since the last quiet read began. */
    private final Set<String> awaited = new HashSet<>();
    /** Orders a quiet read did not bring: not the day's, or not on its first page. */
    private final Set<String> notOnTheDay = new HashSet<>();

    /**
     * The order detail read {@code status} for an order, say after a refund or cancel made on this desk: its row shows it
     * too. Before ADR 0089 the desk's live topic brought only the orders this desk placed, so a refund of another desk's
     * order left the list saying "Completed" beside a detail saying "Partly refunded" (walked under Xvfb, session 11); a
     * search list (not today's) still hears only those, and a refund's push is bare.
     */
    public void onShownStatus(String orderId, OrderStatus status) {
        int i = orderId == null || status == null ? -1 : indexOf(orderId);
        if (i >= 0) {
            showStatus(i, status);
        }
    }

    /**
     * The order detail shows {@code order} as it is now: in a list of outstanding payments (ADR 0073), an order whose
     * payment is recorded there leaves the list, so the manager working down it sees what is left to collect.
     */
    public void onShownOrder(OrderView order) {
        if (base == null || !base.paymentOutstanding() || order == null || order.paymentReceived() == null) {
            return;
        }
        int i = indexOf(order.orderId());
        if (i >= 0) {
            results.remove(i);
            summarise(pageNumber.get() - 1, results.size());
        }
    }

    private int indexOf(String orderId) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).orderId().equals(orderId)) {
                return i;
            }
        }
        return -1;
    }

    /** Row {@code i} with {@code status}; false when it already showed it. */
    private boolean showStatus(int i, OrderStatus status) {
        OrderSummaryView row = results.get(i);
        if (row.status() == status) {
            return false;
        }
        results.set(i, new OrderSummaryView(row.orderId(), row.orderNumber(), status, row.customerEmail(),
                row.customerName(), row.totalCents(), row.currency(), row.createdAt()));
        return true;
    }

    public ObservableList<OrderSummaryView> results() {
        return results;
    }

    public ReadOnlyIntegerProperty pageNumberProperty() {
        return pageNumber.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
