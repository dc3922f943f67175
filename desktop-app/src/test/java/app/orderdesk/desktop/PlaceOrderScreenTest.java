package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real screens, headless, against fake sign-in and API: fast checks of the user flow and the ids. */
@ExtendWith(ApplicationExtension.class)
class PlaceOrderScreenTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.addAll(List.of(OrderStatus.RECEIVED, OrderStatus.PAID, OrderStatus.COMPLETED));
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    /** issue 13 (h-q): the receipt zooms by keyboard, buttons and Ctrl+wheel, and each size is rendered sharp. */
    @Test
    void theReceiptPreviewZoomsAndStaysSharp(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        Clicks.on(robot, "#submitOrderButton");
        ImageView receipt = robot.lookup("#receiptPreview").queryAs(ImageView.class);
        Label level = robot.lookup("#receiptZoomLevel").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> receipt.getImage() != null && !level.getText().isEmpty());
        assertThat(robot.lookup("#receiptZoomFit").queryButton().isDisabled()).as("it opens fitted to the width").isTrue();
        for (String id : List.of("#receiptZoomOut", "#receiptZoomIn", "#receiptZoomFit")) {
            Button zoomButton = robot.lookup(id).queryButton();
            assertThat(zoomButton.getAccessibleText()).as("accessible name of %s", id).isNotBlank();
            assertThat(zoomButton.getAccessibleHelp()).as("accessible help of %s", id).isNotBlank();
            assertThat(zoomButton.getTooltip()).as("tooltip of %s", id).isNotNull();
        }
        double fitted = receipt.getFitWidth();

        Clicks.on(robot, receipt);
        robot.press(KeyCode.CONTROL).press(KeyCode.ADD).release(KeyCode.ADD).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.ADD).release(KeyCode.ADD).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(receipt.getFitWidth()).as("Ctrl+plus twice makes the page larger").isGreaterThan(fitted * 1.2);
            assertThat(receipt.getImage().getWidth()).as("rendered again for its size, not a stretched picture")
                    .isCloseTo(receipt.getFitWidth(), org.assertj.core.api.Assertions.withinPercentage(3));
        });
        String zoomedIn = level.getText();
        assertThat(robot.lookup("#receiptZoomFit").queryButton().isDisabled()).isFalse();

        Clicks.on(robot, "#receiptZoomOut");
        assertThat(level.getText()).as("the − button steps out").isNotEqualTo(zoomedIn);
        Clicks.moveTo(robot, receipt).press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertThat(receipt.getFitWidth()).as("Ctrl+wheel zooms instead of scrolling").isNotCloseTo(fitted,
                org.assertj.core.api.Assertions.withinPercentage(5));

        Clicks.on(robot, receipt);
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        // "Fit width" follows the viewport, which settles in a layout pass after the key (a scroll bar comes or goes):
        // compared at once, and with the width measured at the start, the check raced the layout (CI, session 16:
        // 454 vs 396 px). The page fills the viewport as it is now, 2 px under its width (ReceiptZoomControls).
        ScrollPane scroller = scrollPaneAround(receipt);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(receipt.getFitWidth())
                .as("Ctrl+0 fits the width again")
                .isCloseTo(scroller.getViewportBounds().getWidth() - 2, org.assertj.core.api.Assertions.withinPercentage(1)));
        assertThat(robot.lookup("#receiptZoomFit").queryButton().isDisabled()).isTrue();
    }

    @Test
    void showsAClearMessageForWrongCredentials(FxRobot robot) {
        Clicks.on(robot, "#emailField").write("staff@example.com");
        Clicks.on(robot, "#passwordField").write("wrong").type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#signInError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#signInError").queryAs(Label.class).getText()).isEqualTo("Wrong email or password");
    }

    @Test
    void placesAnOrderAndShowsTheRenderedReceipt(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        assertThat(robot.lookup("#orderTotal").queryAs(Label.class).getText()).isEqualTo("Total $25.00");

        Clicks.on(robot, "#customerEmail").write("ann@");
        assertThat(robot.lookup("#submitOrderButton").queryButton().isDisabled()).isTrue();
        robot.write("example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        Button submit = robot.lookup("#submitOrderButton").queryButton();
        assertThat(submit.isDisabled()).isFalse();
        Clicks.twiceOn(robot, submit);

        ImageView receipt = robot.lookup("#receiptPreview").queryAs(ImageView.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> receipt.getImage() != null);
        assertThat(robot.lookup("#orderStatusLabel").queryAs(Label.class).getText()).isEqualTo("Completed");
        assertThat(robot.lookup("#orderNumberLabel").queryAs(Label.class).getText()).isEqualTo("OD-1001");
        assertThat(api.placed).as("a double-click places one order").hasSize(1);
        assertThat(robot.lookup("#saveReceiptButton").queryButton().isDisabled()).isFalse();
        // This machine has no printer: the app says so instead of failing silently.
        Clicks.on(robot, "#printReceiptButton");
        assertThat(robot.lookup("#printMessage").queryAs(Label.class).getText()).isEqualTo("No printer is set up on this computer");

        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#linesTable").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#orderNumberLabel").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void ctrlEnterSubmitsFromAnyFieldAndSearchNarrowsTheProducts(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        Clicks.on(robot, "#productField").write("tea");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#productSuggestions").queryListView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

        await().atMost(Duration.ofSeconds(10)).until(() -> !api.placed.isEmpty());
        assertThat(api.placed.getFirst().lines()).singleElement()
                .satisfies(line -> assertThat(line.productId()).isEqualTo(FakeApiClient.TEA.productId()));
    }

    @Test
    void supportUsersSeeWhyTheyCannotOrder(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);

        Node notice = robot.lookup("#roleNotice").query();
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#submitOrderButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#productField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("Role: Support");
    }


    private static ScrollPane scrollPaneAround(javafx.scene.Node node) {
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        throw new AssertionError("the receipt preview is not in a scroll pane");
    }
}
