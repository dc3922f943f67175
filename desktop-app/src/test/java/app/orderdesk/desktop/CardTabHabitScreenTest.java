package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The card field as people type it, at 1024×640 (walked by hand in session 10): a Tab pressed out of habit
 * after the number, which the field has already moved on from, must not skip the expiry; and what the field
 * says under its parts (a wrong security code, or the card ready) must be in sight, not below the fold.
 */
@ExtendWith(ApplicationExtension.class)
class CardTabHabitScreenTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.RECEIVED);
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aTabAfterEachPartOutOfHabitStillGivesATokenAndIsNotLost(FxRobot robot) {
        toTheCardNumber(robot);
        robot.write("4242424242424242");
        assertThat(Focus.ownerId(robot)).as("a complete number moves on by itself").isEqualTo("cardExpiry");
        robot.type(KeyCode.TAB); // out of habit
        assertThat(Focus.ownerId(robot)).as("the habitual Tab is the move already made").isEqualTo("cardExpiry");
        robot.write("1230");
        assertThat(Focus.ownerId(robot)).isEqualTo("cardCvc");
        robot.type(KeyCode.TAB); // out of habit again
        assertThat(Focus.ownerId(robot)).isEqualTo("cardCvc");
        robot.write("123");

        Label summary = robot.lookup("#cardSummary").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> summary.getText().contains("4242"));
        assertInSight(robot, summary);
    }

    @Test
    void tabMovesOnOnceSomethingWasTypedAndShiftTabGoesBack(FxRobot robot) {
        toTheCardNumber(robot);
        robot.write("4242424242424242");
        assertThat(Focus.ownerId(robot)).isEqualTo("cardExpiry");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(Focus.ownerId(robot)).as("Shift+Tab is never swallowed").isEqualTo("cardNumber");
        robot.type(KeyCode.TAB);
        assertThat(Focus.ownerId(robot)).as("Tab into the expiry by hand").isEqualTo("cardExpiry");
        robot.write("12");
        robot.type(KeyCode.TAB);
        assertThat(Focus.ownerId(robot)).as("a Tab after typing moves on as usual").isEqualTo("cardCvc");
    }

    @Test
    void aWrongSecurityCodeIsSaidWhereItCanBeSeen(FxRobot robot) {
        toTheCardNumber(robot);
        robot.write("4242424242424242");
        robot.write("1230");
        robot.write("1234"); // a Visa code has 3 digits

        Label problem = robot.lookup("#cardProblem").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> !problem.getText().isBlank());
        assertInSight(robot, problem);
        assertThat(robot.lookup("#submitOrderButton").queryButton().isDisabled()).isTrue();
    }

    /** Signed in, one line, the customer typed, Card chosen, the keyboard in the card number: at 1024×640. */
    private void toTheCardNumber(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        robot.type(KeyCode.TAB).write("Ann Lee");
        robot.type(KeyCode.TAB); // phone
        robot.type(KeyCode.TAB); // payment
        robot.type(KeyCode.DOWN); // Card
        robot.type(KeyCode.TAB);
        assertThat(Focus.ownerId(robot)).isEqualTo("cardNumber");
    }

    private static void assertInSight(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane form = robot.lookup("#orderFormScroller").queryAs(ScrollPane.class);
        Bounds view = form.localToScene(form.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        assertThat(node.isVisible()).isTrue();
        assertThat(shown.getMaxY()).as(node.getId() + " above the form's bottom edge").isLessThanOrEqualTo(view.getMaxY() + 0.5);
        assertThat(shown.getMinY()).as(node.getId() + " below the form's top edge").isGreaterThanOrEqualTo(view.getMinY() - 0.5);
    }
}
