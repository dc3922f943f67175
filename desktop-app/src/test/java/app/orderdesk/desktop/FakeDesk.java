package app.orderdesk.desktop;

import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.order.PdfBoxReceiptRenderer;
import app.orderdesk.desktop.ui.Theme;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The app's real window over the fake auth service and API, as the screen tests and screenshot tools
 * open it: the light theme the app launches with, one background executor, and {@link #close} to end it.
 */
public final class FakeDesk {

    /** A profile that points nowhere: every call goes to the fake API. */
    public static final ConnectionProfile PROFILE =
            new ConnectionProfile("fake", "us-east-1", "http://127.0.0.1:1/v1", "pool", "client", null);

    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    private FakeDesk() {}

    public static FakeDesk open(Stage stage, FakeAuthService auth, FakeApiClient api) {
        return open(stage, auth, api, PROFILE, null);
    }

    /** {@code home}: where the app keeps its per-user files (window, columns, theme); null for the default. */
    public static FakeDesk open(Stage stage, app.orderdesk.desktop.auth.AuthService auth, FakeApiClient api, ConnectionProfile profile, Path home) {
        Theme.LIGHT.apply();
        FakeDesk desk = new FakeDesk();
        AppServices services = home == null
                ? new AppServices(profile, desk.executor, auth, tokens -> api, new PdfBoxReceiptRenderer(), Clock.systemUTC(), desk.executor)
                : new AppServices(profile, desk.executor, auth, tokens -> api, new PdfBoxReceiptRenderer(), Clock.systemUTC(), desk.executor, home);
        new AppWindow(stage, services).show();
        return desk;
    }

    /** Hides every window safely and stops the executor; the theme goes back to light for the next test. */
    public void close(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
        robot.interact(Theme.LIGHT::apply);
    }
}
