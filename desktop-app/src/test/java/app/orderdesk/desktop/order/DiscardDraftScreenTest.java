package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.DraftQuestions;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.Focus;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Session 33 (audit "nothing lost"): Ctrl+N from any tab, New order, Sign out and closing the window threw a half-typed
 * order away without a word. Now each asks first; keeping it is the default (Enter, Esc); a draft with nothing typed, or
 * an order already placed, asks nothing.
 */
@ExtendWith(ApplicationExtension.class)
class DiscardDraftScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: TestFX hands every test class the same primary stage, and each earlier class's AppWindow left
        // its close-request handler on it. A close request then asked those desks' half-typed drafts too, one question
        // after another behind ours — what made this test fail in the whole suite and pass alone (two fresh-clone runs).
        stage = new Stage();
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void ctrlNFromAnotherTabAsksAndEnterOrEscKeepTheOrder(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        TableView<?> lines = aHalfTypedOrder(robot);
        FakeDesk.openTab(robot, "ordersTab");

        for (KeyCode answer : new KeyCode[] {KeyCode.ENTER, KeyCode.ESCAPE}) {
            robot.targetWindow(stage);
            robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
            Window question = DraftQuestions.readyWithKeepAsEnterAndEsc();
            assertThat(question.getScene().lookup("#discardDraftButton").getAccessibleHelp()).isNotBlank();
            robot.targetWindow(question);
            robot.type(answer);
            await().atMost(Duration.ofSeconds(10)).until(() -> DraftQuestions.shown() == null);
            assertThat(lines.getItems()).as("%s keeps the order", answer).hasSize(1);
            assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEqualTo("Ann Tester");
        }

        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        DraftQuestions.discard(robot);
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.getItems().isEmpty());
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEmpty();
        assertThat(api.placed).isEmpty();

        // nothing typed now: a new order asks nothing
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(5)).until(() -> "productField".equals(Focus.ownerId(robot)));
        assertThat(DraftQuestions.shown()).isNull();
    }

    @Test
    void signingOutOrClosingTheWindowAsksFirst(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        TableView<?> lines = aHalfTypedOrder(robot);

        // the window's close button (a close request from the window manager): kept, the window stays
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DraftQuestions.readyWithKeepAsEnterAndEsc();
        DraftQuestions.keep(robot);
        assertThat(stage.isShowing()).isTrue();
        assertThat(lines.getItems()).hasSize(1);

        // Sign out: kept, then discarded
        Platform.runLater(() -> robot.lookup("#signOutButton").queryButton().fire());
        DraftQuestions.readyWithKeepAsEnterAndEsc();
        DraftQuestions.keep(robot);
        assertThat(robot.lookup("#signOutButton").tryQuery()).as("still signed in").isPresent();

        Platform.runLater(() -> robot.lookup("#signOutButton").queryButton().fire());
        DraftQuestions.discard(robot);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());

        // signed in again, nothing typed: Sign out asks nothing
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        Platform.runLater(() -> robot.lookup("#signOutButton").queryButton().fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
        assertThat(DraftQuestions.shown()).isNull();
    }

    /** One line and the customer's name, not sent. */
    private TableView<?> aHalfTypedOrder(FxRobot robot) {
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        TableView<?> lines = robot.lookup("#linesTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#customerName").queryAs(TextField.class).setText("Ann Tester"));
        return lines;
    }
}
