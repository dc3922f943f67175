package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.WindowMemory;
import app.orderdesk.desktop.order.PdfBoxReceiptRenderer;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Application;
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

/** The window comes back where it was, as big as it was, on the screen people last used. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    @Test
    void aSecondStartRestoresBoundsMaximisedStateAndTheLastScreen(FxRobot robot) throws Exception {
        Stage first = WaitForAsyncUtils.asyncFx(() -> openWindow(new Stage())).get();
        signIn(robot);
        robot.interact(() -> {
            first.setX(40);
            first.setY(30);
            first.setWidth(1000);
            first.setHeight(700);
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(2);
            first.hide();
        });
        assertThat(home.resolve("window.json")).exists();
        assertThat(Files.readString(home.resolve("window.json"))).doesNotContain("staff@example.com");

        Stage second = WaitForAsyncUtils.asyncFx(() -> openWindow(new Stage())).get();
        assertThat(second.getX()).isEqualTo(40);
        assertThat(second.getY()).isEqualTo(30);
        assertThat(second.getWidth()).isEqualTo(1000);
        assertThat(second.getHeight()).isEqualTo(700);
        assertThat(second.isMaximized()).isFalse();
        signIn(robot);
        assertThat(robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("inventoryTab");
        // The keyboard starts where the screen starts, not on Sign out (walked under Xvfb, session 18).
        assertThat(Focus.ownerId(robot)).as("the keyboard after signing in on Inventory").isEqualTo("inventoryFilter");
    }

    @Test
    void supportIsNotBroughtBackToTheOrderFormSomeoneElseLeftOpen(FxRobot robot) throws Exception {
        Stage first = WaitForAsyncUtils.asyncFx(() -> openWindow(new Stage())).get();
        signIn(robot); // staff, on the order form
        robot.interact(first::hide);
        assertThat(Files.readString(home.resolve("window.json"))).contains("placeOrderTab");

        auth.groups = java.util.Set.of("support");
        WaitForAsyncUtils.asyncFx(() -> openWindow(new Stage())).get();
        signIn(robot);
        // Support cannot place orders: their day starts in Orders, whatever screen this PC showed last.
        assertThat(robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("ordersTab");
        assertThat(Focus.ownerId(robot)).as("support's keyboard after signing in").isEqualTo("ordersNumberField");
    }

    @Test
    void withNothingRememberedTheWindowOpensAtItsDefaultSizeWhateverTheStageHadBefore(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage used = new Stage();
            used.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            used.setWidth(900);
            used.setHeight(600);
            used.show();
            used.hide();
            return used;
        }).get();

        WaitForAsyncUtils.asyncFx(() -> openWindow(stage)).get();

        assertThat(stage.getWidth()).isEqualTo(1280);
        assertThat(stage.getHeight()).isEqualTo(820);
    }

    @Test
    void anUnreadableFileMeansAFreshStart() throws Exception {
        Files.writeString(home.resolve("window.json"), "{not json");
        assertThat(new WindowMemory(home).load()).isEmpty();
    }

    private Stage openWindow(Stage stage) {
        ConnectionProfile profile = new ConnectionProfile("fake", "us-east-1", "http://127.0.0.1:1/v1", "pool", "client", null);
        AppServices services = new AppServices(profile, executor, auth, tokens -> new FakeApiClient(),
                new PdfBoxReceiptRenderer(), Clock.systemUTC(), executor, home);
        new AppWindow(stage, services, new ProfileStore(home), null).show();
        return stage;
    }

    private static void signIn(FxRobot robot) {
        Clicks.on(robot, "#emailField").write("staff@example.com");
        Clicks.on(robot, "#passwordField").write("Secret-123");
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
    }
}
