package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.LocalCloud;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Sign-in against the local cloud's user pool: the new-password challenge, a wrong password, roles. */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class SignInFlowTest {

    @TempDir
    static Path home;

    private static LocalCloud cloud;
    private AppServices services;
    private Stage stage;

    @BeforeAll
    static void startLocalCloud() {
        cloud = LocalCloud.shared();
        new ProfileStore(home).save(cloud.profile());
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = AppServices.production(new ProfileStore(home).load("local"));
        new AppWindow(stage, services).show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        services.resources().close();
    }

    @Test
    void aNewHireSetsANewPasswordAtFirstSignIn(FxRobot robot) {
        DemoUser newHire = cloud.demoUser("newhire");
        typeCredentials(robot, newHire.username(), newHire.password());

        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#newPasswordField").query().isVisible());
        Clicks.on(robot, "#newPasswordField").write("Fresh-Passw0rd!");
        Clicks.on(robot, "#confirmPasswordField").write("Fresh-Passw0rd?");
        Clicks.on(robot, "#setPasswordButton");
        assertThat(errorText(robot)).isEqualTo("The passwords do not match");

        Clicks.twiceOn(robot, "#confirmPasswordField").eraseText(20).write("Fresh-Passw0rd!");
        Clicks.on(robot, "#setPasswordButton");

        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#signOutButton").tryQuery().isPresent());
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .contains(newHire.username()).contains("Connection: local");
    }

    @Test
    void aWrongPasswordIsReportedPlainly(FxRobot robot) {
        typeCredentials(robot, cloud.demoUser("staff").username(), "not-the-password");

        await().atMost(Duration.ofSeconds(20)).until(() -> !errorText(robot).isEmpty());
        assertThat(errorText(robot)).isEqualTo("Wrong email or password");
    }

    @Test
    void supportSignsInButCannotPlaceOrdersAndCanSignOut(FxRobot robot) {
        DemoUser support = cloud.demoUser("support");
        typeCredentials(robot, support.username(), support.password());

        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#signOutButton").tryQuery().isPresent());
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("Role: Support");
        assertThat(robot.lookup("#submitOrderButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#roleNotice").tryQuery()).isPresent();
        // The window title (task bar) names who is signed in, and forgets it at sign-out.
        assertThat(stage.getTitle()).isEqualTo("Order Desk — " + support.username());

        Clicks.on(robot, "#signOutButton");
        assertThat(robot.lookup("#emailField").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("Order Desk");
    }

    private static void typeCredentials(FxRobot robot, String email, String password) {
        Clicks.on(robot, "#emailField").write(email);
        Clicks.on(robot, "#passwordField").write(password);
        Clicks.on(robot, "#signInButton");
    }

    private static String errorText(FxRobot robot) {
        return robot.lookup("#signInError").queryAs(Label.class).getText();
    }
}
