package app.orderdesk.desktop;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.api.Roles;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.auth.SessionTokens;
import app.orderdesk.desktop.backoffice.BackOfficeScreens;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.client.HttpBackOfficeApi;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.ThemePreference;
import app.orderdesk.desktop.live.FallbackPolling;
import app.orderdesk.desktop.live.LiveUpdates;
import app.orderdesk.desktop.infra.WindowMemory;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Theme;
import app.orderdesk.desktop.inventory.InventoryView;
import app.orderdesk.desktop.inventory.InventoryViewModel;
import app.orderdesk.desktop.order.DiscardDraftView;
import app.orderdesk.desktop.order.PlaceOrderView;
import app.orderdesk.desktop.order.PlaceOrderViewModel;
import app.orderdesk.desktop.orders.OrderDetailViewModel;
import app.orderdesk.desktop.orders.OrderSearchViewModel;
import app.orderdesk.desktop.orders.OrdersView;
import app.orderdesk.desktop.outbox.OutboxSender;
import app.orderdesk.desktop.outbox.OutboxStore;
import app.orderdesk.desktop.outbox.OutboxView;
import app.orderdesk.desktop.outbox.OutboxViewModel;
import app.orderdesk.desktop.shell.MainView;
import app.orderdesk.desktop.shell.Notifications;
import app.orderdesk.desktop.shell.Screen;
import app.orderdesk.desktop.signin.ConnectionProfilesViewModel;
import app.orderdesk.desktop.signin.SignInView;
import app.orderdesk.desktop.signin.SignInViewModel;
import app.orderdesk.desktop.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one window: shows sign-in (with the connection profile choice), then the main window for the
 * signed-in session, and back on sign-out.
 */
public final class AppWindow {

    static String title() {
        return app.orderdesk.desktop.ui.Messages.text("app.name");
    }

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 820;
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final Scene scene;
    private final ProfileStore profiles;
    private final Function<ConnectionProfile, AppServices> servicesFactory;
    private AppServices services;
    private Runnable disposeSession = () -> { };
    // An order whose send is still unanswered when the session ends goes to the outbox on disk (sign-out, quit).
    private Runnable keepUnsent = () -> { };
    /** Whether an order being typed may be dropped for what comes next: asks when it holds unsent work. */
    private java.util.function.Predicate<DiscardDraftView.Then> draftLetsGo = then -> true;
    /** A manager's unsaved store settings, asked for the same way (ADR 0081); false without the tab. */
    private java.util.function.BooleanSupplier settingsUnsaved = () -> false;
    /** The order being typed, as typed (empty when nothing unsent is typed). */
    private java.util.function.Supplier<java.util.Optional<app.orderdesk.desktop.order.OrderDraftViewModel.TypedOrder>> typedOrder =
            java.util.Optional::empty;
    /**
     * An order typed when the session ended and had to start over: put back into the next sign-in's draft (ADR 0082);
     * in memory only, null when there is none.
     */
    private app.orderdesk.desktop.order.OrderDraftViewModel.TypedOrder carriedOver;
    private java.time.Instant carriedAt;
    /**
     * How long an order carried over waits for a sign-in: long enough to sign in again while the caller holds, short
     * enough that an order typed for a caller long gone does not come back on a shared desk as new (ADR 0081, 0082).
     */
    static final java.time.Duration CARRIED_OVER_FOR = java.time.Duration.ofMinutes(15);
    /** The signed-in session's token holder; null while the sign-in screen shows. */
    private SessionTokens currentTokens;
    private SignInViewModel signInModel;
    private Runnable rememberColumns = () -> { };
    private MainView mainView;
    private final WindowMemory memory;
    private String lastScreen;
    private final ThemePreference themes;
    private Theme theme = Theme.LIGHT;

    /** A window bound to one profile (the profile choice shows only it). */
    public AppWindow(Stage stage, AppServices services) {
        this(stage, services, null, null);
    }

    /**
     * @param profiles        where profiles are listed and imported; null hides the choice
     * @param servicesFactory builds the services for another chosen profile; null keeps the first
     */
    public AppWindow(Stage stage, AppServices services, ProfileStore profiles, Function<ConnectionProfile, AppServices> servicesFactory) {
        this.stage = stage;
        this.services = services;
        this.profiles = profiles;
        this.servicesFactory = servicesFactory;
        this.scene = new Scene(new StackPane(), WIDTH, HEIGHT);
        // Scene-level, so ControlsFX controls on every screen resolve Modena's colour names.
        scene.getStylesheets().add(Styles.stylesheet(Styles.class, "theme-bridge.css"));
        scene.getStylesheets().add(Styles.stylesheet(Styles.class, "common.css"));
        stage.setTitle(title());
        stage.setScene(scene);
        // The default size, whatever size the stage had before (a window it showed earlier); a remembered size wins below.
        stage.sizeToScene();
        // The installed app (a profile store) remembers where its window was and the last screen.
        memory = profiles != null ? new WindowMemory(profiles.home()) : null;
        themes = profiles != null ? new ThemePreference(profiles.home()) : null;
        if (themes != null) {
            theme = Theme.parse(themes.load());
            theme.apply();
        }
        if (memory != null) {
            memory.load().ifPresent(this::restore);
            stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
                remember();
                rememberColumns.run();
            });
        }
        // Closing the window (or Ctrl+Q, which hides it) with an order's send unanswered keeps the order in the outbox.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> keepUnsent.run());
        // An order being typed is not dropped by closing the window without a question (session 33 audit).
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!workLetsGo(DiscardDraftView.Then.CLOSE)) {
                e.consume();
            }
        });
        // Ctrl+Q quits, as Linux desktop apps do; popups are hidden first (the JavaFX 25 exit crash).
        scene.getAccelerators().put(QUIT, () -> {
            if (!workLetsGo(DiscardDraftView.Then.CLOSE)) {
                return;
            }
            new ArrayList<>(Window.getWindows()).forEach(Window::hide);
            Platform.exit();
        });
    }

    /** Shows the sign-in screen and the window. */
    public void show() {
        showSignIn();
        stage.show();
    }

    /** The services of the current profile (they change when people pick another profile). */
    public AppServices services() {
        return services;
    }

    /** The main window of the signed-in session, or null before sign-in. */
    public MainView mainView() {
        return mainView;
    }

    /** The sign-in screen's model while it is shown (the AOT training run fills it in; see {@link AotTraining}). */
    SignInViewModel signInModel() {
        return signInModel;
    }

    /** The AOT training run's made-up session: the main window as after a sign-in (see {@link AotTraining}). */
    void openForTraining(Session session) {
        showMain(session);
    }

    /** Signs out as the status bar's button does (the AOT training run's last step). */
    void signOutForTraining() {
        signOut();
    }

    private void showSignIn() {
        mainView = null;
        stage.setTitle(title());
        SignInViewModel model = new SignInViewModel(services.profile().name(), services.auth(), services.executor(), this::showMain);
        signInModel = model;
        ConnectionProfilesViewModel choice = new ConnectionProfilesViewModel(profiles, services.executor(),
                services.profile().name(), this::switchProfile);
        setRoot(new SignInView(model, choice).root());
        choice.load();
        model.prepare();
    }

    private void switchProfile(ConnectionProfile profile) {
        if (servicesFactory == null || profile.name().equals(services.profile().name())) {
            return;
        }
        AppServices old = services;
        services = servicesFactory.apply(profile);
        carriedOver = null; // another store's products and customers
        showSignIn();
        try {
            old.resources().close();
        } catch (Exception e) {
            System.getLogger(AppWindow.class.getName()).log(System.Logger.Level.WARNING, "Closing the old connection failed", e);
        }
    }

    private void showMain(Session session) {
        SessionTokens tokens = new SessionTokens(services.auth(), session, services.clock());
        ApiClient api = services.apiFactory().apply(tokens);
        Notifications notifications = new Notifications();
        currentTokens = tokens;
        // Heard on the worker whose call found it out; the executor brings it to the FX thread, as every worker result.
        tokens.onSessionEnded(() -> services.executor().submit(() -> Boolean.TRUE,
                ended -> askForThePasswordAgain(tokens, notifications), notAsked -> { }));
        boolean manager = session.groups().contains(Roles.MANAGERS);
        boolean support = session.groups().contains(Roles.SUPPORT);

        PlaceOrderViewModel placeOrder = new PlaceOrderViewModel(api, services.executor(), services.receiptRenderer(), session.canPlaceOrders());
        // The outbox sender is a service of the session, not of its screen: it sends queued orders from
        // sign-in to sign-out whether or not the Outbox tab is ever opened.
        OutboxSender outbox = new OutboxSender(api, services.executor(),
                new OutboxStore(services.home(), services.profile().name()), services.clock());
        outbox.setOnProblem(notifications::error);
        outbox.setOnSent((entry, response) -> {
            notifications.reachable();
            notifications.info(app.orderdesk.desktop.ui.Messages.text("outbox.sent", response.orderNumber(), entry.customerEmail()));
            placeOrder.sentFromOutbox(entry.idempotencyKey(), response);
        });
        outbox.retryWhenBackOnline(notifications.onlineProperty());
        keepUnsent = () -> placeOrder.draft().keepUnansweredSend(outbox::keepNow);
        draftLetsGo = then -> DiscardDraftView.allows(placeOrder.draft(), then, stage);
        typedOrder = () -> placeOrder.draft().typedOrder();
        if (session.canPlaceOrders()) {
            placeOrder.useOutbox((request, key, whenStored, whenNotStored) -> {
                notifications.unreachable();
                outbox.enqueue(request, key, whenStored, whenNotStored);
            });
        } else {
            outbox.holdForOrderTakers(); // support sees the queue; staff or a manager sends it
        }
        placeOrder.draft().search().reportConnectionTo(notifications::reachable, notifications::unreachable);
        OrderSearchViewModel search = new OrderSearchViewModel(api, services.executor(), notifications,
                app.orderdesk.desktop.order.StoreDates::zone);
        OrderDetailViewModel detail = new OrderDetailViewModel(api, services.executor(), services.receiptRenderer(),
                notifications, manager || support, manager);
        InventoryViewModel inventory = new InventoryViewModel(api, services.executor(), notifications, manager);

        OrdersView ordersView = new OrdersView(search, detail);
        detail.tracking().statusProperty().addListener((obs, was, now) -> search.onShownStatus(detail.tracking().orderId(), now));
        detail.tracking().orderProperty().addListener((obs, was, now) -> search.onShownOrder(now));
        InventoryView inventoryView = new InventoryView(inventory);
        PlaceOrderView placeOrderView = new PlaceOrderView(placeOrder);
        // A client that also serves the back-office routes (the tests' fake) is used for both.
        BackOfficeApi backOfficeApi = api instanceof BackOfficeApi both ? both : new HttpBackOfficeApi(services.profile().apiUrl(), tokens);
        // issue 12: the order form offers repeat callers from the customer directory
        placeOrder.draft().customer().useDirectory(app.orderdesk.desktop.order.CustomerLookup.of(backOfficeApi), services.executor());
        BackOfficeScreens backOffice = new BackOfficeScreens(session, api, backOfficeApi, services.executor());
        List<Screen> screens = new ArrayList<>(List.of(
                new Screen("placeOrderTab", app.orderdesk.desktop.ui.Messages.text("main.tab.placeOrder"), placeOrderView.root(),
                        placeOrderView::focusProduct, placeOrderView::focusProduct, placeOrder::start),
                // The Orders tab opens on today's orders (GET /orders with no criteria: the day index).
                new Screen("ordersTab", app.orderdesk.desktop.ui.Messages.text("main.tab.orders"), ordersView.root(), () -> {
                    if (search.results().isEmpty()) {
                        search.search();
                    }
                }, ordersView::focusSearch, search::search),
                new Screen("inventoryTab", app.orderdesk.desktop.ui.Messages.text("main.tab.inventory"), inventoryView.root(), inventoryView::loadIfEmpty,
                        inventoryView::focusFilter, inventory::loadAll),
                new Screen("outboxTab", app.orderdesk.desktop.ui.Messages.text("main.tab.outbox"), new OutboxView(new OutboxViewModel(outbox)).root(), () -> { }, () -> { }, outbox::retryNow)));
        screens.addAll(backOffice.screens());
        app.orderdesk.desktop.client.StoreSettingsApi settingsApi = api instanceof app.orderdesk.desktop.client.StoreSettingsApi both
                ? both : new app.orderdesk.desktop.client.HttpStoreSettingsApi(services.profile().apiUrl(), tokens);
        // Amounts in the store's currency and locale, not the machine's (GET /store-settings is open to every role).
        java.util.function.Consumer<app.orderdesk.api.StoreSettingsView> useSettings = settings -> {
            app.orderdesk.desktop.order.Money.useStore(settings.locale(), settings.currency());
            app.orderdesk.desktop.order.StoreDates.useStore(settings.locale(), settings.timeZone());
            // h-p: the form's subtotal and tax by the store's rates (the server's rule, OrderTotals)
            placeOrder.draft().orderLines().useStoreTax(app.orderdesk.desktop.order.StoreTax.of(settings));
            // h-x: the product dialog offers the store's tax categories
            inventory.useCategories(settings.categoryTaxRates() == null ? List.of() : settings.categoryTaxRates().keySet());
            // Rows already shown were drawn in the formats before (settings read late, or a manager changed the locale).
            if (mainView != null) {
                mainView.root().lookupAll(".table-view").forEach(table -> ((javafx.scene.control.TableView<?>) table).refresh());
            }
        };
        // h-x: read at sign-in and again whenever a manager on any desk saves them (the settings push topic)
        app.orderdesk.desktop.settings.StoreSettingsFollower settingsFollower =
                new app.orderdesk.desktop.settings.StoreSettingsFollower(settingsApi, services.executor(), useSettings);
        settingsFollower.onNeverRead(why -> notifications.error(app.orderdesk.desktop.ui.Messages.text("settings.neverRead", why)));
        settingsFollower.reload();
        if (manager) {
            screens.add(storeSettingsScreen(settingsApi, notifications, useSettings));
        }
        mainView = new MainView(screens, session, connectionText(services.profile()), notifications,
                outbox.queuedCountBinding(), () -> {
                    if (workLetsGo(DiscardDraftView.Then.SIGN_OUT)) {
                        signOut();
                    }
                });
        mainView.addStatusItem(themeToggle());
        // Session 23: a customer's order, or one needing attention, opens on the Orders tab (double-click or Enter)
        backOffice.useOrderOpener((orderId, orderNumber) -> {
            mainView.select("ordersTab");
            ordersView.show(orderId, orderNumber);
        });
        rememberColumnsOf(session, screens);
        // ADR 0075: what the screen shown reads while pushes are paused (unused without a WebSocket API)
        FallbackPolling polling = new FallbackPolling(services.executor(), LiveUpdates.FALLBACK_POLL);
        LiveUpdates live = startLiveUpdates(tokens, placeOrder, detail, inventory, polling);
        if (live != null) {
            // h-x: another desk's settings save reaches this one's order form without signing in again
            live.addListener(settingsFollower);
            live.liveProperty().addListener((obs, was, on) -> {
                if (!on) {
                    settingsFollower.connectionLost();
                }
            });
            backOffice.useLiveUpdates(live); // the dashboard's figures follow the store by push
            backOffice.useFallbackPolling(polling);
            live.addListener(search::onLiveUpdate); // h-v: listed orders show pushed statuses without a search
            // ADR 0089: today's list follows every order; it reads the day once the orders topic is subscribed, and every
            // 10 s while pushes are paused, so an order placed meanwhile at another desk is not missed
            polling.readAfterSubscribe("ordersTab", search::catchUp);
            polling.poll("ordersTab", search::catchUp);
        }
        setRoot(mainView.root());
        takeBackCarriedOver(placeOrder.draft(), session.canPlaceOrders(), notifications); // its notice in the shown banner
        // Who is signed in shows in the task bar too (and tells the installer test sign-in worked).
        stage.setTitle(app.orderdesk.desktop.ui.Messages.text("main.title", title(), session.displayName()));
        disposeSession = () -> {
            if (live != null) {
                polling.close();
                live.close();
            }
            placeOrder.dispose();
            detail.close();
            outbox.dispose();
            backOffice.dispose();
            settingsFollower.close();
        };
        placeOrder.start();
        focusOrderFormNow(placeOrderView);
        outbox.start();
        if (!session.canPlaceOrders()) {
            // Support's day starts with finding orders, not with a form they cannot use.
            mainView.select("ordersTab");
        }
        // The last screen is this PC's, not the person's: support is not brought back to an order form they cannot use
        // (walked under Xvfb: support signed in on a PC where staff had quit on the form).
        boolean usable = session.canPlaceOrders() || !"placeOrderTab".equals(lastScreen);
        if (lastScreen != null && usable && screens.stream().anyMatch(s -> s.id().equals(lastScreen))) {
            mainView.select(lastScreen);
        }
        if (!"placeOrderTab".equals(mainView.selectedScreen())) {
            mainView.focusShownScreen(); // the order form's product field has the keyboard already
        }
    }

    /**
     * h-b (issue 13): the first keys typed after sign-in go to the product field. The screens join the
     * scene only when the tab pane's skin is made, at the next pulse's CSS pass: a focus request queued
     * with runLater could run before it and was lost, and the pulse then gave the keyboard to the tab
     * header (seen under a real X server, where queued key events also go before runLater tasks; not under
     * Monocle). Applying the CSS now makes the skins, so the field takes the keyboard before any key is read.
     */
    private void focusOrderFormNow(PlaceOrderView placeOrderView) {
        scene.getRoot().applyCss();
        placeOrderView.focusProductNow();
    }

    /** The installed app gives each person their own column widths back, and keeps them on sign-out and exit. */
    private void rememberColumnsOf(Session session, List<Screen> screens) {
        if (profiles == null) {
            rememberColumns = () -> { };
            return;
        }
        app.orderdesk.desktop.infra.ColumnMemory columns = new app.orderdesk.desktop.infra.ColumnMemory(profiles.home(), session.username());
        List<javafx.scene.Node> contents = screens.stream().map(Screen::content).toList();
        app.orderdesk.desktop.ui.TableLayouts.apply(contents, columns.load());
        rememberColumns = () -> columns.save(app.orderdesk.desktop.ui.TableLayouts.widths(contents));
    }

    /** Managers only: the store's settings (GET/PUT /store-settings), loaded the first time the tab is shown. */
    private Screen storeSettingsScreen(app.orderdesk.desktop.client.StoreSettingsApi settingsApi, Notifications notifications,
                                       java.util.function.Consumer<app.orderdesk.api.StoreSettingsView> onSaved) {
        var model = new app.orderdesk.desktop.settings.StoreSettingsViewModel(settingsApi, services.executor(), notifications);
        model.setOnSaved(onSaved);
        var view = new app.orderdesk.desktop.settings.StoreSettingsScreen(model);
        settingsUnsaved = model::hasUnsavedChanges;
        return new Screen("storeSettingsTab", app.orderdesk.desktop.ui.Messages.text("settings.tab"), view.root(), () -> {
            if (!model.loadedProperty().get()) {
                model.load();
            }
        }, view::focusFirst, view::reload);
    }

    /** Light or dark, switched from the status bar and remembered for the next start. */
    private javafx.scene.control.ToggleButton themeToggle() {
        javafx.scene.control.ToggleButton dark = new javafx.scene.control.ToggleButton(app.orderdesk.desktop.ui.Messages.text("main.darkTheme"));
        dark.setId("themeToggle");
        dark.setAccessibleText("Dark theme");
        dark.setFocusTraversable(false);
        dark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dark.setSelected(theme == Theme.DARK);
        dark.selectedProperty().addListener((obs, old, on) -> {
            theme = on ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            if (themes != null) {
                themes.save(theme.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return dark;
    }

    /** Push instead of polling when the stack has a WebSocket API (the profile's pushUrl); null otherwise. */
    private LiveUpdates startLiveUpdates(SessionTokens tokens, PlaceOrderViewModel placeOrder, OrderDetailViewModel detail,
                                         InventoryViewModel inventory, FallbackPolling polling) {
        String pushUrl = services.profile().pushUrl();
        if (pushUrl == null || pushUrl.isBlank()) {
            return null;
        }
        LiveUpdates live = new LiveUpdates(pushUrl, tokens, services.executor());
        placeOrder.tracking().useLiveUpdates(live);
        detail.useLiveUpdates(live);
        live.addListener(update -> {
            if (app.orderdesk.api.LiveUpdate.STOCK.equals(update.type())) {
                inventory.refreshProduct(update.productId());
                placeOrder.draft().refreshProduct(update.productId());
            }
        });
        // ADR 0075: while pushes are paused the screen shown re-reads every 10 s; once its topics are subscribed it reads
        // once (stock pushes start then: a change while away, or while the socket was down, is not missed).
        polling.readAfterSubscribe(app.orderdesk.desktop.live.ScreenTopics.INVENTORY_SCREEN, () -> {
            if (!inventory.rows().isEmpty()) {
                inventory.loadAll();
            }
        });
        polling.poll(app.orderdesk.desktop.live.ScreenTopics.INVENTORY_SCREEN, inventory::readWhilePushesPaused);
        polling.readAfterSubscribe("placeOrderTab", placeOrder.draft()::readStockWhilePushesPaused);
        polling.poll("placeOrderTab", placeOrder.draft()::readStockWhilePushesPaused);
        live.addListener(polling::onLiveUpdate);
        live.liveProperty().addListener((obs, was, on) -> polling.liveChanged(on));
        // Only the shown screen's topics are subscribed (the dashboard's, the inventory's).
        mainView.onScreenShown(id -> {
            polling.screenShown(id);
            live.showTopics(app.orderdesk.desktop.live.ScreenTopics.of(id));
        });
        mainView.showLiveUpdates(live.statusTextProperty(), live.statusDetailProperty());
        live.start();
        return live;
    }

    private void restore(WindowMemory.State state) {
        // A screen that is gone (another monitor setup) must not put the window out of sight.
        if (!javafx.stage.Screen.getScreensForRectangle(state.x(), state.y(), state.width(), state.height()).isEmpty()) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setMaximized(state.maximized());
        lastScreen = state.lastScreen();
    }

    private void remember() {
        if (mainView != null) {
            lastScreen = mainView.selectedScreen();
        }
        memory.save(new WindowMemory.State(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), lastScreen));
    }

    private static String connectionText(ConnectionProfile profile) {
        // The host tells people at a glance whether they work on the local cloud or a deployed stack.
        String host;
        try {
            host = java.net.URI.create(profile.apiUrl()).getAuthority();
        } catch (RuntimeException e) {
            host = null;
        }
        return host == null ? profile.name() : profile.name() + " (" + host + ")";
    }

    /**
     * The session ended (its 12 hours are over): the password again over the window as it is, so nothing typed is
     * lost; before, every action said "session expired" until the person found Sign out themselves.
     */
    private void askForThePasswordAgain(SessionTokens tokens, Notifications notifications) {
        if (tokens != currentTokens) {
            return; // signed out meanwhile
        }
        app.orderdesk.desktop.signin.SessionRenewalViewModel model =
                new app.orderdesk.desktop.signin.SessionRenewalViewModel(tokens.session(), services.auth(), services.executor());
        new app.orderdesk.desktop.signin.SessionRenewalView(model, stage).show(answer -> {
            if (tokens != currentTokens) {
                return;
            }
            if (answer == app.orderdesk.desktop.signin.SessionRenewalViewModel.Result.RENEWED) {
                tokens.renew(model.renewedSession());
                notifications.info(app.orderdesk.desktop.ui.Messages.text("session.renew.done"));
            } else {
                carriedOver = typedOrder.get().orElse(null); // not asked: without a session it cannot be sent anyway
                carriedAt = services.clock().instant();
                signOut();
            }
        });
    }

    /** The order typed when the last session ended goes into this session's draft, or is said to be dropped. */
    private void takeBackCarriedOver(app.orderdesk.desktop.order.OrderDraftViewModel draft, boolean canPlaceOrders,
                                     Notifications notifications) {
        app.orderdesk.desktop.order.OrderDraftViewModel.TypedOrder back = carriedOver;
        carriedOver = null;
        if (back == null) {
            return;
        }
        String why = !canPlaceOrders ? "order.takenBack.notAnOrderTaker"
                : services.clock().instant().isAfter(carriedAt.plus(CARRIED_OVER_FOR)) ? "order.takenBack.tooLate" : null;
        if (why == null) {
            draft.takeBack(back);
        } else {
            notifications.error(app.orderdesk.desktop.ui.Messages.text("order.takenBack.dropped",
                    app.orderdesk.desktop.ui.Messages.text(why, CARRIED_OVER_FOR.toMinutes())));
        }
    }

    /**
     * Whether signing out or closing may drop what is typed: the order being typed (asked by its own question), then a
     * manager's unsaved store settings — kept, the Store settings tab shows them to be saved (session 33: they went
     * without a word).
     */
    private boolean workLetsGo(DiscardDraftView.Then then) {
        if (!draftLetsGo.test(then)) {
            return false;
        }
        if (!settingsUnsaved.getAsBoolean()) {
            return true;
        }
        boolean drop = app.orderdesk.desktop.ui.KeepOrDropView.dropChosen(stage, "settings.leave",
                app.orderdesk.desktop.ui.Messages.text(then == DiscardDraftView.Then.SIGN_OUT ? "settings.leave.forSignOut"
                        : "settings.leave.forClose"), "settingsLeaveKeepButton", "settingsLeaveDropButton");
        if (!drop && mainView != null) {
            mainView.select("storeSettingsTab");
        }
        return drop;
    }

    private void signOut() {
        currentTokens = null;
        keepUnsent.run();
        keepUnsent = () -> { };
        typedOrder = java.util.Optional::empty;
        // The sign-in screen holds no draft; an order carried over to the next sign-in is asked for as one would be.
        draftLetsGo = then -> DiscardDraftView.allows(carriedOver != null, then, stage);
        settingsUnsaved = () -> false;
        // Dropping the view models and the token holder is what forgets the tokens: they never touched disk.
        rememberColumns.run();
        rememberColumns = () -> { };
        disposeSession.run();
        disposeSession = () -> { };
        showSignIn();
    }

    private void setRoot(Parent root) {
        // Every control gets its help text (accessible help and tooltip) as its screen is shown.
        scene.setRoot(app.orderdesk.desktop.ui.HelpTexts.apply(root));
    }
}
