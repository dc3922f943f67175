package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.Roles;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.shell.Screen;
import app.orderdesk.desktop.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The back-office tabs a role gets: Dashboard (managers; staff see their own day), Attention
 * (support, managers) and Customers (every role). The dashboard refreshes itself only while shown: leaving its tab
 * stops it (it went on reading every 30 s, 5 min while live, and after every push until sign-out; session 31).
 */
public final class BackOfficeScreens {

    private final List<Screen> screens = new ArrayList<>();
    private final List<Runnable> onDispose = new ArrayList<>();
    private final List<java.util.function.Consumer<app.orderdesk.desktop.ui.OrderOpener>> openers = new ArrayList<>();
    private final List<java.util.function.Consumer<app.orderdesk.api.LiveUpdate>> liveListeners = new ArrayList<>();
    private final List<java.util.function.Consumer<app.orderdesk.desktop.live.FallbackPolling>> catchUps = new ArrayList<>();
    private final List<java.util.function.Consumer<Boolean>> liveStates = new ArrayList<>();

    public BackOfficeScreens(Session session, ApiClient api, BackOfficeApi backOffice, BackgroundExecutor executor) {
        boolean manager = session.groups().contains(Roles.MANAGERS);
        boolean support = session.groups().contains(Roles.SUPPORT);
        boolean staff = session.groups().contains(Roles.STAFF);
        if (manager || staff) {
            DashboardViewModel dashboard = new DashboardViewModel(backOffice, executor);
            DashboardScreen dashboardScreen = new DashboardScreen(dashboard);
            openers.add(dashboardScreen::onOpenOrder);
            screens.add(new Screen("dashboardTab", Messages.text("dashboard.tab"), dashboardScreen.root(),
                    dashboard::startRefreshing, dashboard::stopRefreshing, () -> { }, dashboard::load));
            onDispose.add(dashboard::stopRefreshing);
            liveListeners.add(dashboard::onLiveUpdate);
            liveStates.add(dashboard::liveChanged); // polled while paused, checked now and then while live (ADR 0076)
        }
        if (manager || support) {
            AttentionViewModel attention = new AttentionViewModel(backOffice, api, executor, manager);
            AttentionScreen attentionScreen = new AttentionScreen(attention);
            openers.add(attentionScreen::onOpenOrder);
            screens.add(new Screen("attentionTab", Messages.text("attention.tab"), attentionScreen.root(),
                    attention::load, () -> { }, attention::load));
            liveListeners.add(attention::onLiveUpdate); // holds and retries arrive by push (ADR 0074)
            onDispose.add(attention::stopFollowing);
            catchUps.add(polling -> { // ADR 0075: held orders join the list while pushes are paused, and after
                polling.poll("attentionTab", attention::catchUp);
                polling.readAfterSubscribe("attentionTab", attention::catchUp);
            });
        }
        CustomerLookupViewModel customers = new CustomerLookupViewModel(backOffice, executor, manager);
        CustomerLookupScreen lookup = new CustomerLookupScreen(customers);
        openers.add(lookup::onOpenOrder);
        screens.add(new Screen("customersTab", Messages.text("customers.tab"), lookup.root(), () -> { }, lookup::focusSearch, customers::search));
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }

    /** What the back-office screens re-read while pushes are paused, and once their topics are subscribed (ADR 0075). */
    public void useFallbackPolling(app.orderdesk.desktop.live.FallbackPolling polling) {
        catchUps.forEach(register -> register.accept(polling));
    }

    /** Pushed changes the back-office screens follow (the dashboard's figures, the attention list); see {@code LiveUpdates#addListener}. */
    public void useLiveUpdates(app.orderdesk.desktop.live.LiveUpdates live) {
        liveListeners.forEach(live::addListener);
        live.liveProperty().addListener((obs, was, on) -> liveStates.forEach(screen -> screen.accept(on)));
        liveStates.forEach(screen -> screen.accept(live.isLive()));
    }

    /** How the screens' order rows open an order (double-click or Enter): on the Orders tab. */
    public void useOrderOpener(app.orderdesk.desktop.ui.OrderOpener opener) {
        openers.forEach(screen -> screen.accept(opener));
    }

    /** Stops the dashboard's refreshing and the attention list's following of pushes (sign-out). */
    public void dispose() {
        onDispose.forEach(Runnable::run);
    }
}
