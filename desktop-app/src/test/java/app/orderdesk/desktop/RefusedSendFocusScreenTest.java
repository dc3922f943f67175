package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
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
 * A send the server refuses outright (not a decline), keyboard only, as found by hand in session 10: the keyboard
 * fell to "New order" while the fields were disabled for the send, and stayed there, one Enter from throwing the
 * typed order away. It goes to the field the server named, else back to Submit, where one key sends it again.
 */
@ExtendWith(ApplicationExtension.class)
class RefusedSendFocusScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.statuses.add(OrderStatus.COMPLETED);
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aRefusedNameTakesTheKeyboardToTheNameField(FxRobot robot) {
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "The order is not valid",
                    List.of(new ApiError.Detail("customer.name", "contains control characters"))));
        };
        typeAnOrderAndSend(robot);

        assertThat(Focus.ownerId(robot)).as("where the keyboard is after the refusal").isEqualTo("customerName");
        assertThat(robot.lookup("#customerName").queryTextInputControl().getText()).isEqualTo("Ann Lee");
    }

    @Test
    void aRefusalWithoutAFieldLeavesTheKeyboardOnSubmitAndOneKeySendsTheSameOrderAgain(FxRobot robot) {
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(500, new ApiError("INTERNAL", "Something went wrong", List.of()));
        };
        typeAnOrderAndSend(robot);

        assertThat(Focus.ownerId(robot)).as("where the keyboard is after the refusal").isEqualTo("submitOrderButton");
        api.placeOrderHook = null;
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.placed.size() == 2);
        assertThat(api.placed.get(1)).as("the same draft").isEqualTo(api.placed.get(0));
        assertThat(api.idempotencyKeys.get(1)).as("a retry of the same order, not a second one").isEqualTo(api.idempotencyKeys.get(0));
    }

    /** One line, the customer, Ctrl+Enter; waits for the refusal's words. */
    private void typeAnOrderAndSend(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        OrderEntry.typeInto(robot, "#customerEmail", "ann@example.com");
        robot.type(KeyCode.TAB).write("Ann Lee");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        Label error = robot.lookup("#orderError").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> !error.getText().isBlank());
    }
}
