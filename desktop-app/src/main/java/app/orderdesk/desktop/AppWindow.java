package app.orderdesk.desktop;

import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.auth.SessionTokens;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.order.PlaceOrderView;
import app.orderdesk.desktop.order.PlaceOrderViewModel;
import app.orderdesk.desktop.shell.MainView;
import app.orderdesk.desktop.signin.SignInView;
import app.orderdesk.desktop.signin.SignInViewModel;
import app.orderdesk.desktop.ui.Styles;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The one window: shows sign-in, then the main screen for the signed-in session, and back on sign-out. */
public final class AppWindow {

    static final String TITLE = "Order Desk";
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 780;

    private final Stage stage;
    private final AppServices services;
    private final Scene scene;
    private PlaceOrderViewModel placeOrder;

    public AppWindow(Stage stage, AppServices services) {
        this.stage = stage;
        this.services = services;
        this.scene = new Scene(new StackPane(), WIDTH, HEIGHT);
        // Scene-level, so ControlsFX controls on every screen resolve Modena's colour names.
        scene.getStylesheets().add(Styles.stylesheet(Styles.class, "theme-bridge.css"));
        stage.setTitle(TITLE);
        stage.setScene(scene);
    }

    /** Shows the sign-in screen and the window. */
    public void show() {
        showSignIn();
        stage.show();
    }

    private void showSignIn() {
        SignInViewModel model = new SignInViewModel(services.profile().name(), services.auth(), services.executor(), this::showMain);
        setRoot(new SignInView(model).root());
    }

    private void showMain(Session session) {
        SessionTokens tokens = new SessionTokens(services.auth(), session, services.clock());
        ApiClient api = services.apiFactory().apply(tokens);
        placeOrder = new PlaceOrderViewModel(api, services.executor(), services.receiptRenderer(), session.canPlaceOrders());
        PlaceOrderView view = new PlaceOrderView(placeOrder);
        setRoot(new MainView(view.root(), session, services.profile().name(), this::signOut).root());
        placeOrder.start();
    }

    private void signOut() {
        // Dropping the view model and the token holder is what forgets the tokens: they never touched disk.
        if (placeOrder != null) {
            placeOrder.dispose();
            placeOrder = null;
        }
        showSignIn();
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }
}
