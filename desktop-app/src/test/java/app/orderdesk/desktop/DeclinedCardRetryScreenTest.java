package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A declined card on a German desk at 1024×640, as walked by hand in a real window (session 10, h10-d): the card's
 * ready line was cut ("… die Kartendaten wurden nicht gespe…"), and after the decline the keyboard sat on
 * "New order", one Enter from throwing the reopened draft away, three Shift+Tabs from the card number.
 */
@ExtendWith(ApplicationExtension.class)
class DeclinedCardRetryScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.PAYMENT_DECLINED);
        api.statusReason = "Card declined by the issuer";
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void theCardsReadyLineIsReadInFullInGerman(FxRobot robot) {
        toTheCardNumberInGerman(robot);
        typeCard(robot, "4000000000000002");

        List<CutTexts.Cut> cut = new ArrayList<>();
        Node summary = robot.lookup("#cardSummary").query();
        robot.interact(() -> cut.addAll(CutTexts.under("card field de 1024x640", summary)));
        assertThat(cut).as("the card's ready line, cut").isEmpty();
    }

    @Test
    void afterADeclineTheKeyboardIsInTheCardNumberForAnotherCard(FxRobot robot) {
        toTheCardNumberInGerman(robot);
        typeCard(robot, "4000000000000002");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        Label notice = robot.lookup("#orderQueuedLabel").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> notice.isVisible() && !notice.getText().isBlank());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Focus.ownerId(robot)).as("where the keyboard is once the draft opens again").isEqualTo("cardNumber");

        // Another card straight away, no Tab, no mouse: the order goes out again under a new key.
        api.statuses.clear();
        api.statuses.add(OrderStatus.COMPLETED);
        typeCard(robot, "4242424242424242");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.placed.size() == 2);
        assertThat(api.idempotencyKeys.get(1)).isNotEqualTo(api.idempotencyKeys.get(0));
        assertThat(api.placed.get(1).customer().email()).isEqualTo("ann@example.com");
    }

    private void typeCard(FxRobot robot, String number) {
        assertThat(Focus.ownerId(robot)).isEqualTo("cardNumber");
        robot.write(number).write("1230").write("123");
        Label summary = robot.lookup("#cardSummary").queryAs(Label.class);
        String lastFour = number.substring(number.length() - 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> summary.getText().contains(lastFour));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** German, 1024×640, signed in, one line, the customer typed, Card chosen, the keyboard in the card number. */
    private void toTheCardNumberInGerman(FxRobot robot) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // the app takes its language from the default locale when its screens are built
        ResourceBundle.clearCache();
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        robot.type(KeyCode.TAB).write("Ann Lee");
        robot.type(KeyCode.TAB); // phone
        robot.type(KeyCode.TAB); // payment
        robot.type(KeyCode.DOWN); // Card
        robot.type(KeyCode.TAB);
        assertThat(Focus.ownerId(robot)).isEqualTo("cardNumber");
    }
}
