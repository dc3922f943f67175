package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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
 * The wrapped sign-in line and the live-updates state beside it, walked by hand at 1024×640 in German (session 10,
 * h10-d): the first line ended right where the live state began, "Rolle:Live-Aktualisierung an" over "Support", read
 * as one sentence. Where the wrap falls depends on the window's width, so the window goes through the widths around
 * 1024 px where the line wraps; at each the sign-in text must end a visible gap before the live state.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarGapScreenTest {

    /** Less than this between two texts and they read as one. */
    private static final double GAP = 8;

    @TempDir
    static Path home;

    private static final ConnectionProfile LIVE_PROFILE = new ConnectionProfile("local", "us-east-1",
            "http://127.0.0.1:1/v1", "pool", "client", null, "ws://127.0.0.1:1/v1");

    private FakeAuthService auth;
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Locale before;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void supportsLineEndsAGapBeforeTheLiveStateAndStaysInTheWindowAtEveryWidthInGerman(FxRobot robot) {
        walkTheWidths(robot, "support@orderdesk.local", "support");
    }

    /** A manager's line ("Leitung") wrapped to three lines at 1024 px, and its last line fell below the window. */
    @Test
    void aManagersLineEndsAGapBeforeTheLiveStateAndStaysInTheWindowAtEveryWidthInGerman(FxRobot robot) {
        walkTheWidths(robot, "manager@orderdesk.local", "managers");
    }

    private void walkTheWidths(FxRobot robot, String user, String role) {
        auth = new FakeAuthService(user, "Secret-123");
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, LIVE_PROFILE, home);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        auth.groups = Set.of(role);
        Clicks.on(robot, "#emailField").write(user);
        Clicks.on(robot, "#passwordField").write("Secret-123");
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#liveUpdatesState").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label who = robot.lookup("#statusLabel").queryAs(Label.class);
        Label live = robot.lookup("#liveUpdatesState").queryAs(Label.class);

        List<String> tooClose = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        int wrapped = 0;
        for (int width = 960; width <= 1160; width += 4) {
            int w = width;
            robot.interact(() -> stage.setWidth(w));
            WaitForAsyncUtils.waitForFxEvents();
            double[] gapAndLines = new double[3];
            robot.interact(() -> {
                Text text = textOf(who);
                Bounds drawn = text.localToScene(text.getLayoutBounds());
                Bounds next = live.localToScene(live.getLayoutBounds());
                gapAndLines[0] = next.getMinX() + live.snappedLeftInset() - text.localToScene(ink(text, true), 0).getX();
                gapAndLines[1] = drawn.getHeight() > who.getFont().getSize() * 2 ? 2 : 1;
                gapAndLines[2] = text.localToScene(0, ink(text, false)).getY() - who.getScene().getHeight();
            });
            if (gapAndLines[1] > 1) {
                wrapped++;
            }
            if (gapAndLines[2] > 0.5) {
                outside.add(w + " px: the sign-in line's last " + Math.round(gapAndLines[2]) + " px below the window");
            }
            if (gapAndLines[0] < GAP) {
                tooClose.add(w + " px: " + Math.round(gapAndLines[0]) + " px between \"" + who.getText() + "\" and \"" + live.getText() + "\"");
            }
        }
        tooClose.forEach(System.out::println);
        outside.forEach(System.out::println);
        assertThat(wrapped).as("widths at which the sign-in line wrapped (the case walked by hand)").isGreaterThan(10);
        assertThat(tooClose).as("widths at which the sign-in text runs into the live state").isEmpty();
        assertThat(outside).as("widths at which the sign-in line falls out of the window").isEmpty();
    }

    /**
     * Where the text's longest line really ends ({@code right}), or its last line's bottom. A wrapped Text's bounds are as wide as its wrapping width, so they say
     * nothing about where the words stop; the shape of a selection of the whole text follows each line's end.
     */
    private static double ink(Text text, boolean right) {
        double far = 0;
        for (javafx.scene.shape.PathElement element : text.rangeShape(0, text.getText().length())) {
            if (element instanceof javafx.scene.shape.LineTo line) {
                far = Math.max(far, right ? line.getX() : line.getY());
            } else if (element instanceof javafx.scene.shape.MoveTo move) {
                far = Math.max(far, right ? move.getX() : move.getY());
            }
        }
        return far;
    }

    /** The label's own text node (its skin's LabeledText), as drawn: the wrapped lines' real extent. */
    private static Text textOf(Label label) {
        for (Node child : ((Parent) label).getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text drawn in " + label.getId());
    }
}
