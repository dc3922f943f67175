package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
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
 * Walked at 1024x640 in session 21: after an order completed, the receipt beside the form was a 100 px strip under
 * the timeline (about the store's name and the QR code). The page keeps a readable height and the order's column
 * scrolls to it.
 */
@ExtendWith(ApplicationExtension.class)
class ReceiptPreviewRoomScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.addAll(List.of(OrderStatus.RECEIVED, OrderStatus.PAID, OrderStatus.COMPLETED));
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void theReceiptBesideTheFormKeepsAReadableHeightAtTheSmallestWindow(FxRobot robot) {
        desk = FakeDesk.openAt1024x640(robot, stage, auth, api, FakeDesk.PROFILE, home, FakeDesk.Role.STAFF);
        OrderEntry.submitOneFor(robot, FakeApiClient.MUG);
        ImageView receipt = robot.lookup("#receiptPreview").queryAs(ImageView.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> receipt.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Parent up = receipt.getParent();
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        ScrollPane page = (ScrollPane) up; // the page's own scroller (zoom), inside the order's column
        ScrollPane column = robot.lookup("#orderProgressScroller").queryAs(ScrollPane.class);
        double[] heights = new double[2];
        robot.interact(() -> {
            heights[0] = page.getHeight();
            column.setVvalue(column.getVmax()); // the column scrolled to its end, as the wheel or Tab would take it
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var pageInColumn = page.localToScene(page.getBoundsInLocal());
            var columnView = column.localToScene(column.getBoundsInLocal());
            heights[1] = Math.min(pageInColumn.getMaxY(), columnView.getMaxY()) - Math.max(pageInColumn.getMinY(), columnView.getMinY());
        });
        assertThat(heights[0]).as("the receipt page's height at 1024x640").isGreaterThanOrEqualTo(ReceiptPane.MIN_PREVIEW_HEIGHT);
        assertThat(heights[1]).as("of it, seen once the order's column is scrolled to its end")
                .isGreaterThanOrEqualTo(ReceiptPane.MIN_PREVIEW_HEIGHT - 1);
    }
}
