package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.ProfileStore;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The installer's AOT training run (ADR 0062) with the production services and the installer's training profile
 * (every endpoint refuses at once): it must go through a sign-in, the main window and sign-out, then quit once, well
 * before its own time limit — a run that quit at the sign-in window would record nothing of a sign-in.
 */
@ExtendWith(ApplicationExtension.class)
class AotTrainingTest {

    /** As installer/src/jpackage/linux/package-deb.sh writes it. */
    private static final ConnectionProfile TRAINING = new ConnectionProfile("local", "eu-west-1", "http://127.0.0.1:9/",
            "eu-west-1_training", "training", "http://127.0.0.1:9/", "ws://127.0.0.1:9/");

    @TempDir
    Path home;

    private AppServices services;
    private AppWindow window;
    private Stage stage;
    private final List<String> titles = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ProfileStore profiles = new ProfileStore(home);
        profiles.save(TRAINING);
        services = AppServices.production(TRAINING, home);
        window = new AppWindow(stage, services, profiles, profile -> AppServices.production(profile, home));
        stage.titleProperty().addListener((obs, was, now) -> titles.add(now));
        window.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        services.resources().close();
    }

    @Test
    void goesThroughASignInTheMainWindowAndSignOutThenQuitsOnce(FxRobot robot) {
        AtomicInteger quits = new AtomicInteger();
        List<String> errorsSeen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            window.signInModel().errorProperty().addListener((obs, was, now) -> errorsSeen.add(now));
            AotTraining.run(window, quits::incrementAndGet);
        });

        await().atMost(Duration.ofSeconds(40)).until(() -> quits.get() > 0);

        assertThat(errorsSeen).as("the refused sign-in was reported as a person would see it").anyMatch(e -> !e.isBlank());
        assertThat(titles).as("the main window of the training session was shown").anyMatch(t -> t.contains("training@orderdesk.invalid"));
        assertThat(stage.getTitle()).as("signed out at the end").doesNotContain("training@orderdesk.invalid");
        assertThat(robot.lookup("#signInButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#signOutButton").tryQuery()).isEmpty();
        // Nothing calls quit a second time.
        robot.sleep(200);
        assertThat(quits).hasValue(1);
    }

    @Test
    void theRunIsAskedForByItsOwnFlag() {
        assertThat(AotTraining.wanted(List.of("--aot-training"))).isTrue();
        assertThat(AotTraining.wanted(List.of("--exit-when-shown"))).isFalse();
    }
}
