package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar's buttons lie whole inside the window at every width: in session 10 the bar's minimum height was
 * bound to the sign-in line alone, and wherever that line fits one row (about 1280 px and up) Sign out and the theme
 * button were cut a few pixels at the window's bottom edge (seen in the retaken screenshots and the running app).
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarButtonsScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void signOutAndTheThemeButtonAreWholeFrom1024To2560(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 640}, {1280, 820}, {1600, 1000}, {2560, 1440}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                double height = stage.getScene().getHeight();
                double width = stage.getScene().getWidth();
                for (String id : List.of("#signOutButton", "#themeToggle")) {
                    Node button = robot.lookup(id).query();
                    Bounds b = button.localToScene(button.getLayoutBounds());
                    if (b.getMaxY() > height + 0.5 || b.getMaxX() > width + 0.5 || b.getMinY() < 0) {
                        cut.add(id + " at " + size[0] + "x" + size[1] + ": " + b + " in a scene of " + width + "x" + height);
                    }
                }
            });
        }
        cut.forEach(c -> System.out.println("status bar button cut: " + c));
        assertThat(cut).as("status bar buttons not whole inside the window").isEmpty();
    }

    /** Walked under Xvfb, session 19: a light-grey frame round the status bar in the dark theme (ControlsFX's lightgray). */
    @Test
    void theStatusBarIsFramedInTheThemesBorderColourInBothThemes(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        for (String theme : List.of("light", "dark")) {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.layout.Region bar = robot.lookup(".status-bar").queryAs(javafx.scene.layout.Region.class);
            javafx.scene.paint.Paint frame = bar.getBackground().getFills().getFirst().getFill();
            assertThat(frame).as("the status bar's frame in the %s theme", theme).isNotEqualTo(javafx.scene.paint.Color.LIGHTGRAY);
            Clicks.on(robot, "#themeToggle");
        }
    }
}
