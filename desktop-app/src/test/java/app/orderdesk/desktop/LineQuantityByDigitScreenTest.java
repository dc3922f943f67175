package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.order.DraftLine;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * "A digit or F2 edits the quantity" (the lines table's accessible help): on a selected line, typing a number
 * replaces its quantity, as in a spreadsheet. Tried in session 10, the digit started the edit but was lost, so
 * "4" then Enter left the old quantity.
 */
@ExtendWith(ApplicationExtension.class)
class LineQuantityByDigitScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
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
    void typingANumberOnASelectedLineReplacesItsQuantity(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        OrderEntry.addLine(robot, FakeApiClient.TEA, 1);
        TableView<DraftLine> lines = robot.lookup("#linesTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.getItems().size() == 2);
        robot.interact(() -> {
            lines.getSelectionModel().select(0);
            lines.requestFocus();
        });

        robot.write("12").type(KeyCode.ENTER);

        assertThat(Focus.ownerId(robot)).as("the keyboard stays in the lines").isEqualTo("linesTable");
        assertThat(lines.getItems()).extracting(DraftLine::quantity).as("after typing 12 and Enter on the first line")
                .containsExactly(12, 1);
        assertThat(lines.getSelectionModel().getSelectedIndex()).as("the changed line stays selected").isZero();
    }
}
