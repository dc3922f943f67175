package app.orderdesk.desktop.shell;

import app.orderdesk.desktop.FakeDesk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One message area: it floats over the screens (nothing moves when it shows) and clears when people move on. */
@ExtendWith(ApplicationExtension.class)
class MessageAreaScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aMessageFloatsOverTheScreensAndGoesWhenPeopleMoveOn(FxRobot robot) {
        TabPane tabs = desk.signInAs(robot, FakeDesk.Role.STAFF);
        Node banner = robot.lookup("#notificationBanner").query();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds before = tabs.localToScene(tabs.getLayoutBounds());

        api.failEverything = new ConnectionUnavailableException("down", new java.io.IOException("refused"));
        robot.interact(() -> select(tabs, "ordersTab"));
        await().atMost(Duration.ofSeconds(10)).until(banner::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds during = tabs.localToScene(tabs.getLayoutBounds());
        assertThat(during).as("the screens do not move when a message shows").isEqualTo(before);
        assertThat(robot.lookup("#notificationText").queryLabeled().getText()).contains("Cannot reach");

        api.failEverything = null;
        robot.interact(() -> select(tabs, "outboxTab"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).as("moving on clears the message").isFalse();
    }

    private static void select(TabPane tabs, String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
