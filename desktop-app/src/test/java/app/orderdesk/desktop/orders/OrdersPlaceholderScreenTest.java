package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.ui.Messages;
import java.time.Duration;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The orders table when a search finds nothing (walked by hand, session 10, h10-d): the table went on saying
 * "Search to see orders" in large letters while the line under it said "No orders match".
 */
@ExtendWith(ApplicationExtension.class)
class OrdersPlaceholderScreenTest {

    private final FakeAuthService auth = new FakeAuthService("support@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient(); // no order pages: every search finds nothing
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        auth.groups = Set.of("support");
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void anEmptyTableSaysHowToSearchThenThatNothingMatched(FxRobot robot) {
        Clicks.on(robot, "#emailField").write("support@example.com");
        Clicks.on(robot, "#passwordField").write("Secret-123");
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#ordersTable").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .filter(t -> "ordersTab".equals(t.getId())).findFirst().ifPresent(t -> t.getTabPane().getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#ordersTable").queryTableView();
        Label summary = robot.lookup("#ordersSummary").queryAs(Label.class);
        int searchesBefore = api.orderQueries.size();
        if (api.orderQueries.isEmpty()) {
            assertThat(((Label) table.getPlaceholder()).getText()).as("before any search").isEqualTo(Messages.text("orders.placeholder"));
        }

        Clicks.on(robot, "#ordersNumberField").write("OD-999999");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.orderQueries.size() > searchesBefore
                && Messages.text("orders.none").equals(summary.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).as("what the empty table says after a search")
                .isEqualTo(Messages.text("orders.placeholder.none"));

        // Session 23: a search naming nothing is the store's day (the server's rule), and the table says so.
        robot.interact(() -> robot.lookup("#ordersNumberField").queryAs(javafx.scene.control.TextField.class).clear());
        Clicks.on(robot, "#ordersNumberField").type(javafx.scene.input.KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> Messages.text("orders.today.none").equals(summary.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) table.getPlaceholder()).getText()).as("an empty day")
                .isEqualTo(Messages.text("orders.placeholder.today")).contains("older orders");
    }
}
