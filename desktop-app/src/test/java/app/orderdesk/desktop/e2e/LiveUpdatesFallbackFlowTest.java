package app.orderdesk.desktop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.live.LiveUpdates;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status bar tells the desk whether live updates are on: after sign-in the socket opens ("Live
 * updates on"); when the server drops it, the desk says it polls slowly meanwhile (ADR 0075: the screen shown and
 * an order followed are read every 10 s) and what that means, then is live again.
 */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class LiveUpdatesFallbackFlowTest {

    @TempDir
    static Path home;

    private DesktopDriver driver;

    /** The local cloud starts here, outside TestFX's start-up timeout (a cold start is slow on this shared machine). */
    @org.junit.jupiter.api.BeforeAll
    static void startTheLocalCloud() {
        app.orderdesk.localcloud.LocalCloud.shared();
    }

    @Start
    void start(Stage stage) throws Exception {
        driver = new DesktopDriver(home);
        driver.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        driver.stop(robot);
    }

    @Test
    void theStatusBarShowsTheFallbackWhileTheSocketIsDownAndLiveAgainAfter(FxRobot robot) {
        driver.signIn(robot, "staff");
        Label state = robot.lookup("#liveUpdatesState").queryAs(Label.class);
        // a cold local cloud builds its functions in the background: the first $connect can take a while here
        await().atMost(Duration.ofMinutes(3)).until(() -> LiveUpdates.on().equals(state.getText()));
        await().atMost(Duration.ofSeconds(30)).until(() -> driver.cloud().openPushConnections() >= 1);

        driver.cloud().dropPushConnections();

        await().atMost(Duration.ofSeconds(30)).until(() -> LiveUpdates.paused().equals(state.getText()));
        assertThat(state.getText()).isEqualTo("Live updates paused — refreshing every 10 s");
        assertThat(state.getTooltip().getText()).contains("reconnects on its own").contains("every 10 seconds")
                .contains("the Dashboard every 30");
        await().atMost(Duration.ofMinutes(1)).until(() -> LiveUpdates.on().equals(state.getText()));
    }
}
