package app.orderdesk.desktop.e2e;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FxTestWindows;

import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.AppServices;
import app.orderdesk.desktop.AppWindow;
import app.orderdesk.desktop.auth.CognitoAuthService;
import app.orderdesk.desktop.auth.SignInOutcome;
import app.orderdesk.desktop.client.HttpApiClient;
import app.orderdesk.desktop.client.InventoryQuery;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.LocalCloud;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the end-to-end flows share: the app started against {@link LocalCloud#shared()} with its own
 * home folder, signing in through the screen, and a direct API client to set up or check data.
 */
public final class DesktopDriver {

    private final LocalCloud cloud = LocalCloud.shared();
    private final Path home;
    private AppServices services;
    private AppWindow window;

    public DesktopDriver(Path home) {
        this.home = home;
        new ProfileStore(home).save(cloud.profile());
    }

    public LocalCloud cloud() {
        return cloud;
    }

    /** Starts the app (call from a TestFX {@code @Start} method). */
    public AppWindow start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ProfileStore store = new ProfileStore(home);
        services = AppServices.production(store.load(ProfileStore.DEFAULT_PROFILE), home);
        window = new AppWindow(stage, services, store, profile -> AppServices.production(profile, home));
        window.show();
        return window;
    }

    /** Hides every window (a popup showing at exit crashed JavaFX natively) and closes the services. */
    public void stop(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        if (window != null) {
            window.services().resources().close();
        }
    }

    /** Signs in through the sign-in screen and waits for the main window. */
    public void signIn(FxRobot robot, String role) {
        DemoUser user = cloud.demoUser(role);
        Clicks.on(robot, "#emailField").write(user.username());
        Clicks.on(robot, "#passwordField").write(user.password());
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        // The shown screen joins the scene when the TabPane's skin is built, on the next pulses (the others when
        // their tab is first selected, ADR 0064).
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            javafx.scene.Node shown = tabs.getSelectionModel().getSelectedItem().getContent();
            return shown != null && shown.getScene() != null;
        });
    }

    /** Types {@code text} into the field {@code query} once it is on screen, and checks that it arrived. */
    public void type(FxRobot robot, String query, String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(query).tryQuery()
                .map(node -> node.isVisible() && node.getScene() != null && node.localToScreen(0, 0) != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextInputControl field = robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
        Clicks.on(robot, field).write(text);
        if (!text.equals(field.getText())) {
            robot.interact(() -> field.setText(text));
        }
    }

    /** Selects the main window's tab with {@code id}. */
    public void openTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    /** An API client signed in as a demo user, for setting up and checking data outside the screen. */
    public HttpApiClient api(String role) {
        DemoUser user = cloud.demoUser(role);
        try (CognitoAuthService auth = new CognitoAuthService(cloud.profile())) {
            SignInOutcome outcome = auth.signIn(user.username(), user.password());
            String token = ((SignInOutcome.SignedIn) outcome).session().idToken();
            return new HttpApiClient(cloud.apiUrl(), () -> token);
        }
    }

    /** Products with at least {@code quantity} available. */
    public static List<InventoryItemView> inStock(HttpApiClient api, int quantity, int count) {
        List<InventoryItemView> found = api.inventory(InventoryQuery.firstPage(200)).items().stream()
                .filter(item -> item.available() >= quantity + 5)
                .limit(count)
                .toList();
        if (found.size() < count) {
            throw new AssertionError("The local cloud's seed has too few products in stock");
        }
        return found;
    }

    /** Places an order paid by card through the API and waits for it to complete; answers the order. */
    public static OrderView placeCompletedOrder(HttpApiClient api, String email) {
        return placeCompletedOrder(api, email, "tok_visa");
    }

    /** The same with the payment token given (a test card's, or the desk's pay-on-delivery token). */
    public static OrderView placeCompletedOrder(HttpApiClient api, String email, String paymentToken) {
        List<OrderLineRequest> lines = inStock(api, 1, 2).stream().map(p -> new OrderLineRequest(p.productId(), 1)).toList();
        PlaceOrderResponse placed = api.placeOrder(new PlaceOrderRequest(lines,
                new app.orderdesk.api.CustomerDetails(email, "Eve Example", null), paymentToken), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.order(placed.orderId()).status().isFinal());
        OrderView order = api.order(placed.orderId());
        if (order.status() != OrderStatus.COMPLETED) {
            throw new AssertionError("The set-up order ended " + order.status() + ": " + order.statusReason());
        }
        return order;
    }

    /** A customer email no other test run uses. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
