package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
 * Walked at 1024x640, session 22: Ctrl+N from a form scrolled down to the customer and card left the "Product" heading
 * above the viewport (the scroller only brought the product field itself into view). A new order shows the form from its
 * top, whether started with Ctrl+N or with the New order button.
 */
@ExtendWith(ApplicationExtension.class)
class NewOrderShowsTheTopScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aNewOrderShowsTheProductHeading(FxRobot robot) {
        desk = FakeDesk.openAt1024x640(robot, stage, auth, api, FakeDesk.PROFILE, home, FakeDesk.Role.STAFF);
        ScrollPane scroller = robot.lookup("#orderFormScroller").queryAs(ScrollPane.class);
        Label heading = robot.lookup(".od-section-title").match((Label label) -> label.getText().equals("Product")).queryAs(Label.class);

        for (String how : new String[] {"Ctrl+N", "the New order button"}) {
            OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
            robot.interact(() -> robot.lookup("#customerPhone").queryAs(TextField.class).requestFocus());
            robot.interact(() -> scroller.setVvalue(scroller.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(whollyInView(scroller, heading)).as("%s: scrolled down first", how).isFalse();

            if (how.equals("Ctrl+N")) {
                robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
            } else {
                javafx.application.Platform.runLater(() -> robot.lookup("#newOrderButton").queryButton().fire());
            }
            app.orderdesk.desktop.DraftQuestions.discard(robot); // the line typed is not sent: asked first (session 33)

            await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(whollyInView(scroller, heading)).as("%s: the Product heading in view", how).isTrue();
        }
    }

    private static boolean whollyInView(ScrollPane scroller, Label heading) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Bounds viewport = scroller.localToScene(scroller.getLayoutBounds());
                Bounds label = heading.localToScene(heading.getLayoutBounds());
                return label.getMinY() >= viewport.getMinY() && label.getMaxY() <= viewport.getMaxY();
            }).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
