package app.orderdesk.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import atlantafx.base.theme.PrimerLight;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-run screen headless: typed values reach the checks, and a good connection is saved. */
@ExtendWith(ApplicationExtension.class)
class FirstRunScreenTest {

    @TempDir
    static Path home;

    private final List<ConnectionProfile> ready = new CopyOnWriteArrayList<>();
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
        FirstRunViewModel model = new FirstRunViewModel(new ProfileStore(home), executor, ready::add);
        stage.setScene(new Scene(new FirstRunView(model).root(), 900, 720));
        stage.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    @Test
    void aTypoIsNamedAndAGoodConnectionIsSaved(FxRobot robot) throws Exception {
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", exchange -> {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        api.start();
        try {
            String url = "http://127.0.0.1:" + api.getAddress().getPort() + "/v1";
            robot.clickOn("#firstRunApiUrl").write(url);
            robot.clickOn("#firstRunRegion").write("eu-west-1");
            robot.clickOn("#firstRunUserPoolId").write("eu-west-2_AbC123");
            robot.clickOn("#firstRunClientId").write("client123");
            robot.clickOn("#firstRunConnectButton");
            assertThat(robot.lookup("#firstRunError").queryAs(Label.class).getText())
                    .isEqualTo("User pool id: eu-west-2_AbC123 is not in region eu-west-1");

            robot.doubleClickOn("#firstRunUserPoolId").eraseText(20).write("eu-west-1_AbC123");
            robot.clickOn("#firstRunConnectButton");

            await().atMost(Duration.ofSeconds(10)).until(() -> !ready.isEmpty());
            assertThat(ready.getFirst().userPoolId()).isEqualTo("eu-west-1_AbC123");
            assertThat(new ProfileStore(home).load(FirstRunViewModel.PROFILE_NAME).apiUrl()).isEqualTo(url);
        } finally {
            api.stop(0);
        }
    }
}
