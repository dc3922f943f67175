package app.orderdesk.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.localcloud.LocalCloud;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

/**
 * The first-run screen against the real local cloud, driven by the keyboard only: the running local
 * cloud is offered first and taken with Space; typed values are checked live, a wrong one is named,
 * corrected, and Enter connects.
 */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class FirstRunScreenTest {

    @TempDir
    static Path home;

    private static LocalCloud cloud;
    private final List<ConnectionProfile> ready = new CopyOnWriteArrayList<>();
    private FxBackgroundExecutor executor;
    private Stage stage;

    @BeforeAll
    static void startLocalCloud() {
        cloud = LocalCloud.shared();
        // What ./desk start leaves for the desktop app: the "local" profile in the user's Order Desk folder.
        new ProfileStore(home).save(cloud.profile());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
        FirstRunViewModel model = new FirstRunViewModel(new ProfileStore(home), executor, new ConnectionCheck(), ready::add);
        stage.setScene(new Scene(new FirstRunView(model).root(), 900, 780));
        stage.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    @Test
    void theRunningLocalCloudIsOfferedFirstAndTakenWithTheKeyboard(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#firstRunLocalStatus").startsWith("Running"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "firstRunUseLocal".equals(focusedId()));

        robot.type(KeyCode.SPACE);

        await().atMost(Duration.ofSeconds(5)).until(() -> !ready.isEmpty());
        assertThat(ready).containsExactly(cloud.profile());
    }

    @Test
    void typedValuesAreCheckedLiveAndAWrongPoolIsNamed(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#firstRunLocalStatus").startsWith("Running"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "firstRunUseLocal".equals(focusedId()));
        tabTo(robot, "firstRunApiUrl");
        robot.write(cloud.apiUrl()).type(KeyCode.TAB);
        robot.write(cloud.profile().region()).type(KeyCode.TAB);
        robot.write("local_Wrong123").type(KeyCode.TAB);
        robot.write(cloud.clientId()).type(KeyCode.TAB);
        robot.write(cloud.profile().cognitoEndpoint());
        robot.type(KeyCode.ENTER);

        String cognito = cloud.profile().cognitoEndpoint().replaceAll("/$", "");
        await().atMost(Duration.ofSeconds(30)).until(() -> !text(robot, "#firstRunError").isEmpty());
        assertThat(text(robot, "#firstRunError")).isEqualTo("User pool id: there is no user pool local_Wrong123 at " + cognito);
        assertThat(ready).isEmpty();

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT);
        assertThat(focusedId()).isEqualTo("firstRunUserPoolId");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(cloud.userPoolId());
        robot.type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(30)).until(() -> !ready.isEmpty());
        assertThat(ready.getFirst().userPoolId()).isEqualTo(cloud.userPoolId());
        assertThat(text(robot, "#firstRunError")).isEmpty();
    }

    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 12 && !id.equals(focusedId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).isEqualTo(id);
    }

    private String focusedId() {
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
