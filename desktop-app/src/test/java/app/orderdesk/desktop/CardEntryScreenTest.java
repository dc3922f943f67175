package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The virtual terminal by keyboard: choose Card, type number, expiry and code without Tab, submit the token. */
@ExtendWith(ApplicationExtension.class)
class CardEntryScreenTest {

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
    void aCardTypedByKeyboardBecomesATokenAndOnlyTheTokenIsSent(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        // The smallest supported window: the card field lies below the fold until Tab brings it into sight.
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        int keys = 0;
        robot.type(KeyCode.TAB).write("Ann Lee");
        robot.type(KeyCode.TAB); // phone (optional)
        robot.type(KeyCode.TAB); // payment
        assertThat(Focus.ownerId(robot)).isEqualTo("paymentChoice");
        robot.type(KeyCode.DOWN); // Card
        robot.type(KeyCode.TAB);
        keys += 4;
        assertThat(Focus.ownerId(robot)).isEqualTo("cardNumber");
        javafx.scene.control.ScrollPane form = robot.lookup("#orderFormScroller").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds view = form.localToScene(form.getLayoutBounds());
        Node number = robot.lookup("#cardNumber").query();
        javafx.geometry.Bounds field = number.localToScene(number.getLayoutBounds());
        assertThat(field.getMaxY()).as("the focused card field is in sight").isLessThanOrEqualTo(view.getMaxY());
        assertThat(field.getMinY()).isGreaterThanOrEqualTo(view.getMinY());

        robot.write("4242424242424242");
        keys += 16;
        assertThat(Focus.ownerId(robot)).as("a complete number moves on by itself").isEqualTo("cardExpiry");
        robot.write("1234");
        keys += 4;
        assertThat(Focus.ownerId(robot)).isEqualTo("cardCvc");
        robot.write("123");
        keys += 3;

        Label summary = robot.lookup("#cardSummary").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> summary.getText().contains("Visa •••• 4242"));
        for (String part : new String[] {"#cardNumber", "#cardExpiry", "#cardCvc"}) {
            assertThat(robot.lookup(part).queryAs(TextField.class).getText()).as(part + " emptied").isEmpty();
        }
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        keys += 2;
        await().atMost(Duration.ofSeconds(10)).until(() -> !api.placed.isEmpty());
        assertThat(api.placed.getFirst().paymentToken()).isEqualTo("tok_visa");
        assertThat(api.placed.getFirst().toString()).doesNotContain("4242424242424242");
        System.out.println("Card payment by keyboard: " + keys + " keys from the customer's name to submit (16 number + 4 expiry + 3 code + 6)");
    }

    @Test
    void aWrongNumberIsSaidAtTheFieldAndSubmitStaysOff(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Lee");
        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast());
        // The field sits low in the scrolling form: focus it as Tab would, then type.
        robot.interact(() -> robot.lookup("#cardNumber").query().requestFocus());
        robot.write("4242424242424241");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cardProblem").queryAs(Label.class).getText()).contains("not valid");
        assertThat(robot.lookup("#submitOrderButton").queryButton().isDisabled()).isTrue();
    }
}
