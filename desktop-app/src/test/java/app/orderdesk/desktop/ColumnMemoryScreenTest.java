package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.infra.ColumnMemory;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.order.PdfBoxReceiptRenderer;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

/** Column widths come back per person: one person's layout is not another's. */
@ExtendWith(ApplicationExtension.class)
class ColumnMemoryScreenTest {

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
    void aWidenedColumnComesBackForThatPersonOnly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> openWindow(new Stage())).get();
        signIn(robot, "ann@example.com");
        TableView<app.orderdesk.api.OrderSummaryView> orders = robot.lookup("#ordersTable").queryTableView();
        TableColumn<app.orderdesk.api.OrderSummaryView, ?> first = orders.getColumns().getFirst();
        double before = first.getWidth();
        // What dragging a column edge does: the table resize policy gives the column another width.
        robot.interact(() -> orders.resizeColumn(first, -60));
        WaitForAsyncUtils.waitForFxEvents();
        double widened = Math.round(first.getWidth() * 10) / 10.0;
        assertThat(widened).isNotEqualTo(before);
        Clicks.on(robot, "#signOutButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
        assertThat(new ColumnMemory(home, "ann@example.com").load().get("ordersTable")).containsValue(widened);
        try (var files = Files.list(home.resolve("columns"))) {
            assertThat(files.map(Path::toString)).allSatisfy(name -> assertThat(name).doesNotContain("ann"));
        }

        signIn(robot, "bob@example.com");
        TableView<?> bobs = robot.lookup("#ordersTable").queryAs(TableView.class);
        assertThat(bobs.getColumns().getFirst().getPrefWidth()).as("Bob has his own layout").isNotEqualTo(widened);
        Clicks.on(robot, "#signOutButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());

        signIn(robot, "ann@example.com");
        TableView<?> again = robot.lookup("#ordersTable").queryAs(TableView.class);
        assertThat(again.getColumns().getFirst().getPrefWidth()).isEqualTo(widened);
    }

    private Stage openWindow(Stage stage) {
        ConnectionProfile profile = new ConnectionProfile("fake", "us-east-1", "http://127.0.0.1:1/v1", "pool", "client", null);
        AppServices services = new AppServices(profile, executor, auth, tokens -> new FakeApiClient(),
                new PdfBoxReceiptRenderer(), Clock.systemUTC(), executor, home);
        new AppWindow(stage, services, new ProfileStore(home), null).show();
        return stage;
    }

    private void signIn(FxRobot robot, String user) {
        auth.email = user;
        Clicks.on(robot, "#emailField").eraseText(40).write(user);
        Clicks.on(robot, "#passwordField").write("Secret-123");
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL); // the Orders screen, its table
        WaitForAsyncUtils.waitForFxEvents();
    }
}
