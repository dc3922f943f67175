package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.CutTexts;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.ui.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
 * The status bar as a desk with live updates shows it: the real app's profile has a push URL, so the bar
 * carries "Live updates …" beside the connection state. The other fit tests run without one and never saw
 * it; walked by hand at 1024×640 (session 10), the live state was cut to "L…" while the sign-in line
 * wrapped. Here the push URL points at a closed port, so the state settles on its longest words
 * ("… paused — refreshing every 10 s"), in English and in German, and no status-bar text may be cut.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarFitScreenTest {

    @TempDir
    static Path home;

    /** A long connection name as an imported stack's profile has, and a push URL nobody answers. */
    private static final ConnectionProfile LIVE_PROFILE = new ConnectionProfile("orderdesk-production-eu-central-1",
            "us-east-1", "http://127.0.0.1:1/v1", "pool", "client", null, "ws://127.0.0.1:1/v1");

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
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
        if (before != null) {
            Locale.setDefault(before);
        }
    }

    @Test
    void theLiveUpdatesStateStaysWholeAt1024x640InEnglish(FxRobot robot) throws Exception {
        assertNothingCutInTheStatusBar(robot, Locale.US);
    }

    @Test
    void theLiveUpdatesStateStaysWholeAt1024x640InGerman(FxRobot robot) throws Exception {
        assertNothingCutInTheStatusBar(robot, Locale.GERMANY);
    }

    /**
     * Walked offline in German at 1024×640 (session 22): beside "API: nicht erreichbar · Ausgang: 0 wartend" the sign-in
     * line took four lines and squeezed the order form, with "Live-Aktualisierung pausiert — verbinde neu" beside it
     * saying the same as the API's state. Offline, the live state gives way; where the whole sign-in line would still
     * take more than two lines, the bar shows who and which role only; the whole line stays in the tooltip and for
     * screen readers.
     */
    @Test
    void offlineInGermanTheSignInLineKeepsToTwoLinesAndItsWholeTextToTheTooltip(FxRobot robot) throws Exception {
        signInAsManagerAt1024x640(robot, Locale.GERMANY);
        Label who = robot.lookup("#statusLabel").queryAs(Label.class);
        String whole = who.getTooltip().getText().split("\n")[0];
        assertThat(whole).startsWith("Angemeldet als").contains("orderdesk-production-eu-central-1");

        api.failEverything = new app.orderdesk.desktop.client.ConnectionUnavailableException("Cannot reach the Order Desk API",
                new java.io.IOException("down"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        Label state = robot.lookup("#connectionState").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> state.getText().startsWith("API: nicht erreichbar"));
        WaitForAsyncUtils.waitForFxEvents();

        double[] lines = new double[2];
        robot.interact(() -> {
            javafx.scene.text.Text one = new javafx.scene.text.Text("Ag");
            one.setFont(who.getFont());
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) who.getChildrenUnmodifiable().stream()
                    .filter(javafx.scene.text.Text.class::isInstance).findFirst().orElseThrow();
            lines[0] = drawn.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight();
            lines[1] = robot.lookup("#statusBar").query().getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight();

        });
        System.out.printf("status bar offline at 1024x640 in German: \"%s\", %.1f lines; the bar %.1f lines high%n",
                who.getText(), lines[0], lines[1]);

        assertThat(lines[0]).as("lines of the sign-in text").isLessThan(2.5);
        assertThat(lines[1]).as("the bar's height in lines").isLessThan(3);
        assertThat(who.getText()).isEqualTo("manager@example.com · Leitung");
        assertThat(who.getTooltip().getText()).startsWith(whole);
        assertThat(who.getAccessibleText()).isEqualTo(whole);
        assertThat(robot.lookup("#liveUpdatesState").query().isVisible()).as("the API's state says the desk is offline").isFalse();
    }

    private void signInAsManagerAt1024x640(FxRobot robot, Locale locale) {
        before = Locale.getDefault();
        Locale.setDefault(locale); // the app takes its language from the default locale when its screens are built
        ResourceBundle.clearCache();
        desk = FakeDesk.openAt1024x640(robot, stage, auth, api, LIVE_PROFILE, home, FakeDesk.Role.MANAGER);
    }

    private void assertNothingCutInTheStatusBar(FxRobot robot, Locale locale) throws Exception {
        signInAsManagerAt1024x640(robot, locale);
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#liveUpdatesState").tryQuery().isPresent());
        Label live = robot.lookup("#liveUpdatesState").queryAs(Label.class);
        String paused = app.orderdesk.desktop.live.LiveUpdates.paused(); // in the language of this case
        await().atMost(Duration.ofSeconds(20)).until(() -> paused.equals(live.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        List<CutTexts.Cut> cut = new ArrayList<>();
        Node bar = robot.lookup("#statusBar").query();
        robot.interact(() -> cut.addAll(CutTexts.under("status bar " + locale, bar)));
        cut.forEach(c -> System.out.println("status bar at 1024x640, " + locale + ": " + c));

        assertThat(cut).as("texts cut in the status bar").isEmpty();
        assertThat(live.getWidth()).as("the live state's width").isGreaterThanOrEqualTo(live.prefWidth(-1) - 0.5);
    }
}
