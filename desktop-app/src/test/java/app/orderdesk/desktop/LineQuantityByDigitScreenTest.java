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

    /**
     * Session 33 (audit): a quantity typed over a line and not yet confirmed with Enter was dropped by Ctrl+Enter and by
     * a click on Submit — JavaFX's cell commits only on Enter — and the order went out with the old quantity.
     */
    @Test
    void aQuantityStillBeingTypedIsWhatCtrlEnterSends(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        TableView<DraftLine> lines = aLineOfTwoForAnn(robot);

        robot.write("5"); // over the 2, not confirmed
        assertThat(lines.getEditingCell()).as("still typing").isNotNull();
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.placed.size() == 1);
        assertThat(api.placed.getFirst().lines()).extracting(l -> l.quantity()).as("what was typed, not the 2 before")
                .containsExactly(5);
    }

    @Test
    void aQuantityStillBeingTypedIsWhatAClickOnSubmitSends(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        TableView<DraftLine> lines = aLineOfTwoForAnn(robot);

        robot.write("7");
        assertThat(lines.getEditingCell()).as("still typing").isNotNull();
        Clicks.on(robot, "#submitOrderButton");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.placed.size() == 1);
        assertThat(api.placed.getFirst().lines()).extracting(l -> l.quantity()).containsExactly(7);
    }

    @Test
    void aQuantityStillBeingTypedIsKeptWhenTheKeyboardGoesElsewhere(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        TableView<DraftLine> lines = aLineOfTwoForAnn(robot);

        robot.write("4");
        assertThat(lines.getEditingCell()).as("still typing").isNotNull();
        Clicks.on(robot, "#customerName"); // to correct the name, say

        await().atMost(Duration.ofSeconds(5)).until(() -> lines.getEditingCell() == null);
        assertThat(lines.getItems()).extracting(DraftLine::quantity).as("kept, as Enter would have").containsExactly(4);
    }

    /** One line of two mugs, the customer filled in, the line selected with the keyboard on it. */
    private TableView<DraftLine> aLineOfTwoForAnn(FxRobot robot) {
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        TableView<DraftLine> lines = robot.lookup("#linesTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.getItems().size() == 1);
        robot.interact(() -> {
            robot.lookup("#customerEmail").queryAs(javafx.scene.control.TextField.class).setText("ann@example.com");
            robot.lookup("#customerName").queryAs(javafx.scene.control.TextField.class).setText("Ann Tester");
            lines.getSelectionModel().select(0);
            lines.requestFocus();
        });
        return lines;
    }
}
