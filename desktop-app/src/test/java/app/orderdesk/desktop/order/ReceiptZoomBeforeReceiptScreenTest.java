package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: before a receipt is shown, the receipt's zoom group (−, its level, +, Fit width) is not a gap between two
 * greyed buttons: the level's place says "Zoom" in words, its tooltip and accessible text say that the size can be
 * changed once a receipt is shown, and the buttons stay disabled. With a receipt the level shows its percentage.
 */
@ExtendWith(ApplicationExtension.class)
class ReceiptZoomBeforeReceiptScreenTest {

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

    @Test
    void theZoomLevelSaysZoomInWordsUntilAReceiptIsShown(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#emailField").queryAs(TextField.class).setText("staff@example.com");
            robot.lookup("#passwordField").queryAs(TextField.class).setText("Secret-123");
            robot.lookup("#signInButton").queryButton().fire();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#signOutButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Label level = robot.lookup("#receiptZoomLevel").queryAs(Label.class);
        assertThat(level.isVisible()).as("the level's place is not a blank gap").isTrue();
        assertThat(level.getText()).isEqualTo("Zoom");
        assertThat(level.getTooltip()).as("its tooltip").isNotNull();
        assertThat(level.getTooltip().getText()).containsIgnoringCase("once a receipt is shown").contains("Ctrl+plus");
        assertThat(level.getAccessibleText()).startsWith("Receipt zoom").contains("once a receipt is shown");
        for (String id : List.of("#receiptZoomOut", "#receiptZoomIn", "#receiptZoomFit")) {
            assertThat(robot.lookup(id).queryButton().isDisabled()).as("%s before a receipt", id).isTrue();
        }
        robot.interact(() -> {
            Bounds out = bounds(robot.lookup("#receiptZoomOut").query());
            Bounds in = bounds(robot.lookup("#receiptZoomIn").query());
            Bounds word = bounds(level);
            assertThat(word.getMinX()).as("the word sits between − and +").isGreaterThanOrEqualTo(out.getMaxX());
            assertThat(word.getMaxX()).isLessThanOrEqualTo(in.getMinX());
            assertThat(level.getWidth()).as("\"Zoom\" whole, not cut").isGreaterThanOrEqualTo(level.prefWidth(-1));
        });

        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        robot.interact(() -> {
            robot.lookup("#customerEmail").queryAs(TextField.class).setText("ann@example.com");
            robot.lookup("#customerName").queryAs(TextField.class).setText("Ann Tester");
            robot.lookup("#submitOrderButton").queryButton().fire();
        });
        ImageView receipt = robot.lookup("#receiptPreview").queryAs(ImageView.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> receipt.getImage() != null && level.getText().endsWith("%"));
        assertThat(level.getText()).matches("\\d+ %");
        assertThat(level.getAccessibleText()).isEqualTo("Receipt zoom: " + level.getText());
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
