package app.orderdesk.desktop;

import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.auth.AuthService;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.client.StoreSettingsApi;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.order.PdfBoxReceiptRenderer;
import app.orderdesk.desktop.ui.Theme;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's real window over the fake auth service and API, as the screen tests and screenshot tools
 * open it: the light theme the app launches with, one background executor, and {@link #close} to end it.
 * The steps nearly every screen test starts with live here: {@link #signInAs} a role, {@link #openTab},
 * and {@link #settle} until the screens' loads have answered.
 */
public final class FakeDesk {

    /** A profile that points nowhere: every call goes to the fake API. */
    public static final ConnectionProfile PROFILE =
            new ConnectionProfile("fake", "us-east-1", "http://127.0.0.1:1/v1", "pool", "client", null);

    /** Who signs in: the Cognito group the fake pool gives the user, which decides the tabs the app builds. */
    public enum Role {
        STAFF("staff"), MANAGER("managers"), SUPPORT("support");

        private final String group;

        Role(String group) {
            this.group = group;
        }
    }

    private final FxBackgroundExecutor pool = new FxBackgroundExecutor();
    private final CountingExecutor executor = new CountingExecutor(pool);
    private final AuthService auth;
    /** The signed-in session's token holder, as the app hands it to its API client; null before sign-in. */
    private volatile app.orderdesk.desktop.auth.SessionTokens tokens;

    private FakeDesk(AuthService auth) {
        this.auth = auth;
    }

    /** The desk's clock: the system's, moved ahead by {@link MovableClock#ahead} when a test lets time pass. */
    public final MovableClock clock = new MovableClock();

    /** The system clock plus {@link #ahead}; what a test moves to make minutes pass at once. */
    public static final class MovableClock extends Clock {
        public volatile java.time.Duration ahead = java.time.Duration.ZERO;

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the desk's clock is UTC");
        }

        @Override
        public java.time.Instant instant() {
            return Clock.systemUTC().instant().plus(ahead);
        }
    }

    public static FakeDesk open(Stage stage, FakeAuthService auth, FakeApiClient api) {
        return open(stage, auth, api, PROFILE, null);
    }

    /** {@code home}: where the app keeps its per-user files (window, columns, theme); null for the default. */
    public static FakeDesk open(Stage stage, AuthService auth, FakeApiClient api, ConnectionProfile profile, Path home) {
        return open(stage, auth, (ApiClient) api, profile, home);
    }

    /**
     * With the back-office routes (dashboard, attention list, customer directory) served by {@code backOffice} too; the
     * plain desk sends them to {@link #PROFILE}'s address, where nothing answers.
     */
    public static FakeDesk open(Stage stage, FakeAuthService auth, FakeApiClient api, FakeBackOfficeApi backOffice, Path home) {
        return open(stage, auth, bothApis(api, backOffice), PROFILE, home);
    }

    /** Opens the desk in the smallest window the app supports (1024×640) and signs in as {@code role}. */
    public static FakeDesk openAt1024x640(FxRobot robot, Stage stage, AuthService auth, FakeApiClient api, ConnectionProfile profile,
                                          Path home, Role role) {
        FakeDesk[] opened = new FakeDesk[1];
        robot.interact(() -> {
            opened[0] = open(stage, auth, api, profile, home);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        opened[0].signInAs(robot, role);
        return opened[0];
    }

    private static FakeDesk open(Stage stage, AuthService auth, ApiClient api, ConnectionProfile profile, Path home) {
        Theme.LIGHT.apply();
        FakeDesk desk = new FakeDesk(auth);
        AppServices services = home == null
                ? new AppServices(profile, desk.executor, auth, desk.apiFor(api), new PdfBoxReceiptRenderer(), desk.clock, desk.pool)
                : new AppServices(profile, desk.executor, auth, desk.apiFor(api), new PdfBoxReceiptRenderer(), desk.clock, desk.pool, home);
        // TestFX hands every test the same stage, where the last test left it: after a 2560x1440 test on a 1920x1200 screen it was
        // re-centred at (-320,-80), and a later test's 1024x640 window had its product field off the screen, where
        // the robot's click could not reach it (NoCutTextScreenTest failed only after StatusBarButtonsScreenTest).
        // A desk that opens for the first time starts wholly on the screen; so does each test's.
        stage.setX(0);
        stage.setY(0);
        new AppWindow(stage, services).show();
        return desk;
    }

    /** The app's API factory: remembers the session's tokens (the fakes never ask for one) and answers {@code api}. */
    private java.util.function.Function<java.util.function.Supplier<String>, ApiClient> apiFor(ApiClient api) {
        return sessionTokens -> {
            tokens = (app.orderdesk.desktop.auth.SessionTokens) sessionTokens;
            return api;
        };
    }

    /** The token holder of the session signed in last (what the real API client asks for a token before each call). */
    public app.orderdesk.desktop.auth.SessionTokens tokens() {
        return tokens;
    }

    /**
     * One client for the app's three APIs, as the real server is one: the app uses a client that also serves the
     * back-office routes for both (AppWindow), and FakeApiClient and FakeBackOfficeApi are separate fakes.
     */
    private static ApiClient bothApis(FakeApiClient api, FakeBackOfficeApi backOffice) {
        return (ApiClient) Proxy.newProxyInstance(FakeDesk.class.getClassLoader(),
                new Class<?>[] {ApiClient.class, StoreSettingsApi.class, BackOfficeApi.class}, (proxy, method, args) -> {
                    Object target = method.getDeclaringClass() == BackOfficeApi.class ? backOffice : api;
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause(); // the fake's own ApiException, as the screens expect it
                    }
                });
    }

    /**
     * Signs the fake pool's one user in as {@code role}: its email and password in the sign-in fields, a click on Sign
     * in, and waits for the main window's tabs, which it answers. The fields are filled as typing leaves them, not key
     * by key (TestFX waits for JavaFX after every character, ~3 s per sign-in on a busy machine): signing in by
     * keyboard is {@code SignInFlowTest}'s and {@code FirstKeysAfterSignInScreenTest}'s subject, not every screen test's.
     */
    public TabPane signInAs(FxRobot robot, Role role) {
        if (!(auth instanceof FakeAuthService user)) {
            throw new IllegalStateException("signInAs needs the FakeAuthService; this desk was opened with " + auth);
        }
        user.groups = Set.of(role.group);
        robot.interact(() -> {
            robot.lookup("#emailField").queryAs(TextInputControl.class).setText(user.email);
            robot.lookup("#passwordField").queryAs(TextInputControl.class).setText(user.password);
        });
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#mainTabs").queryAs(TabPane.class);
    }

    /** Selects the main window's tab {@code tabId} (a tab the role does not have: nothing happens) and lets it show. */
    public static void openTab(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    /** Searches the Orders tab, waits for {@code rows} orders and opens the one at {@code index} as people do: select, Enter. */
    public static void openOrder(FxRobot robot, int rows, int index) {
        openTab(robot, "ordersTab");
        robot.interact(() -> robot.lookup("#ordersSearchButton").queryButton().fire());
        TableView<?> orders = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getItems().size() == rows);
        robot.interact(() -> {
            orders.getSelectionModel().select(index);
            orders.requestFocus();
        });
        robot.type(KeyCode.ENTER);
    }

    /**
     * Waits until every piece of background work the screens started has answered on the FX thread (a tab's first
     * load, a failed call's message), instead of sleeping for a guess. Scheduled work (polls, refreshes) counts from
     * when it runs.
     */
    public void settle(FxRobot robot) {
        await().atMost(Duration.ofSeconds(20)).until(() -> executor.inFlight() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Hides every window safely and stops the executor; the theme goes back to light for the next test. */
    public void close(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        pool.close();
        robot.interact(Theme.LIGHT::apply);
    }
}
