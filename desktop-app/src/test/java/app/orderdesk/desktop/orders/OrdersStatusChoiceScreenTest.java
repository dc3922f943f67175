package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Audit, session 33: the Orders tab's status filter listed the API's names ("PARTIALLY_REFUNDED") beside rows in words. */
@ExtendWith(ApplicationExtension.class)
class OrdersStatusChoiceScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("support@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void theStatusFilterListsTheStatusesInTheWordsTheRowsUse(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openTab(robot, "ordersTab");
        ComboBox<OrderStatus> choice = robot.lookup("#ordersStatusChoice").queryComboBox();
        robot.interact(() -> {
            choice.requestFocus();
            choice.show();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup(".combo-box-popup .list-cell").queryAll().isEmpty());

        List<String> shown = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).map(cell -> cell.getText()).toList();
        assertThat(shown).contains("Any status", "Stock reserved", "Receipt ready", "Completed").noneMatch(text -> text.contains("_"));

        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> choice.setValue(OrderStatus.PARTIALLY_REFUNDED));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ListCell<?>) choice.lookup(".list-cell")).getText()).as("the chosen one, too").isEqualTo("Partly refunded");
    }
}
