package app.orderdesk.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
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
 * h-e (issue 13): at 1024×640 first run scrolls, and the connection error appears under Connect, which lay below the
 * visible part: people pressed Connect and saw nothing. The error now scrolls into view when it appears, for a typed
 * value found wrong at once and for a connection that fails its live check.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunErrorInViewScreenTest {

    /** In view up to this much (sub-pixel snapping). */
    private static final double SLACK = 1;
    private static final String UNREACHABLE = "API URL: no answer from http://127.0.0.1:9/v1 (connection refused)";

    @TempDir
    Path home;

    private FxBackgroundExecutor executor;
    private FirstRunViewModel model;
    private Stage stage;
    private final Locale before = Locale.getDefault();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void theConnectionErrorIsScrolledIntoViewAt1024x640InGerman(FxRobot robot) {
        Locale.setDefault(Locale.GERMANY); // the longest words: the screen takes them when it is built
        ResourceBundle.clearCache();
        robot.interact(() -> {
            // No local cloud in this home; every typed connection fails its live check.
            model = new FirstRunViewModel(new ProfileStore(home), executor, profile -> UNREACHABLE, profile -> { });
            stage.setScene(new Scene(new FirstRunView(model).root(), 1024, 640));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroller = robot.lookup("#firstRunScroller").queryAs(ScrollPane.class);
        Label error = robot.lookup("#firstRunError").queryAs(Label.class);
        double overflow = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scroller.getContent().getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight());
        assertThat(overflow).as("first run is taller than its viewport at 1024x640 (else the test shows nothing)").isPositive();

        // Typed values that look right; then Connect, as people reach it: scrolled just far enough to see the button.
        robot.interact(() -> {
            model.apiUrlProperty().set("http://127.0.0.1:9/v1");
            model.regionProperty().set("eu-west-1");
            model.userPoolIdProperty().set("eu-west-1_AbC123");
            model.clientIdProperty().set("abc123");
            robot.lookup("#firstRunConnectButton").query().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        scrollToShowJust(robot, scroller, robot.lookup("#firstRunConnectButton").query());
        assertThat(outOfView(robot, robot.lookup("#firstRunConnectButton").query(), scroller)).as("Connect in view").isZero();
        double before = outOfView(robot, error, scroller);
        robot.type(KeyCode.SPACE);

        await().atMost(Duration.ofSeconds(10)).until(() -> UNREACHABLE.equals(error.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        double failedCheck = outOfView(robot, error, scroller);

        // A value found wrong before any check (the form's own message) appears in view too.
        robot.interact(() -> {
            model.apiUrlProperty().set("not a url");
            robot.lookup("#firstRunConnectButton").query().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        scrollToShowJust(robot, scroller, robot.lookup("#firstRunConnectButton").query());
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !error.getText().isBlank() && !UNREACHABLE.equals(error.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        double formProblem = outOfView(robot, error, scroller);

        System.out.printf("First run at 1024x640 in German: %.0f px taller than its viewport; the error's place before Connect %.0f px out of view;"
                + " the failed check's error %.0f px, the form's error %.0f px out of view%n", overflow, before, failedCheck, formProblem);
        assertThat(failedCheck).as("the failed check's error is in view").isZero();
        assertThat(formProblem).as("the form's error is in view").isZero();
        assertThat(outOfView(robot, robot.lookup("#firstRunConnectButton").query(), scroller)).as("Connect still in view").isZero();
    }

    /** Scrolls {@code pane} so that {@code node}'s bottom edge is the viewport's: as far as people scroll to reach it. */
    private static void scrollToShowJust(FxRobot robot, ScrollPane pane, Node node) {
        robot.interact(() -> {
            Node content = pane.getContent();
            double bottom = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxY() - content.getLayoutBounds().getMinY();
            double scrollable = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            double top = Math.max(0, Math.min(scrollable, bottom - pane.getViewportBounds().getHeight()));
            pane.setVvalue(pane.getVmin() + top / scrollable * (pane.getVmax() - pane.getVmin()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many pixels of {@code node}'s box lie outside the scroll pane's viewport (0 when wholly in view). */
    private static double outOfView(FxRobot robot, Node node, ScrollPane pane) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Bounds box = node.localToScene(node.getLayoutBounds());
            Node viewport = pane.lookup(".viewport");
            Bounds room = viewport.localToScene(viewport.getLayoutBounds());
            double out = Math.max(0, room.getMinY() - box.getMinY()) + Math.max(0, box.getMaxY() - room.getMaxY());
            return out <= SLACK ? 0 : out;
        });
    }
}
