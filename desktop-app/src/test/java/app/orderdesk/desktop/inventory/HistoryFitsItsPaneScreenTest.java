package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.Page;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The stock history shows all its columns in its pane, without a sideways scroll bar, from 1024×640 to 2560×1440:
 * walked under Xvfb at 1600×1000 (session 11), its last column was cut at the pane's right edge. Green headless and red
 * in a real window before the fix: a real window's fonts are wider than headless Monocle's, so run it under Xvfb too
 * ({@code xvfb-run -a -s "-screen 0 2560x1600x24" ./mvnw -pl desktop-app test -Dtest=HistoryFitsItsPaneScreenTest
 * -Dtestfx.platform.args=}).
 */
@ExtendWith(ApplicationExtension.class)
class HistoryFitsItsPaneScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        api.inventoryPages.put("", new Page<>(List.of(FakeApiClient.MUG, FakeApiClient.TEA), null));
        String mug = FakeApiClient.MUG.productId();
        api.history.add(new StockMovementView(mug, "m-1", "RECEIVED", 10, 3L, 13L, "manager@example.com", "Delivery note 4711", at));
        api.history.add(new StockMovementView(mug, "m-2", "SALE", -1, null, null, "workflow", "OD-000042", at.plusSeconds(90)));
        api.history.add(new StockMovementView(mug, "m-3", "RETURN_RESTOCK", 1, 12L, 13L, "support@example.com", null, at.plusSeconds(200)));
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void noSidewaysScrollBarFrom1024To2560(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "inventoryTab");
        TableView<InventoryRow> inventory = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> inventory.getItems().size() == 2);
        robot.interact(() -> inventory.getSelectionModel().select(inventory.getItems().stream()
                .filter(r -> r.item().productId().equals(FakeApiClient.MUG.productId())).findFirst().orElseThrow()));
        TableView<?> history = robot.lookup("#movementsTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> history.getItems().size() == 3);

        // The widths a desk remembered from a wider window (read from a real ~/.orderdesk/columns file, session 11).
        double[] remembered = {205, 154, 138, 73, 129};
        robot.interact(() -> {
            for (int i = 0; i < remembered.length; i++) {
                history.getColumns().get(i).setPrefWidth(remembered[i]);
            }
        });
        List<String> sideways = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 640}, {1280, 820}, {1600, 1000}, {1920, 1080}, {2560, 1440}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            FxTestWindows.waitForPulses(stage.getScene(), 3);
            robot.interact(() -> history.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())
                    .findFirst()
                    .ifPresent(bar -> sideways.add(size[0] + "x" + size[1] + ": table " + Math.round(history.getWidth()) + " px wide")));
            robot.interact(() -> {
                double columns = history.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
                double inside = history.getWidth() - history.snappedLeftInset() - history.snappedRightInset();
                if (columns > inside + 1) {
                    sideways.add(size[0] + "x" + size[1] + ": columns " + Math.round(columns) + " px in a table "
                            + Math.round(inside) + " px wide inside");
                }
                double right = history.localToScene(history.getLayoutBounds()).getMaxX();
                if (right > stage.getScene().getWidth() + 0.5) {
                    sideways.add(size[0] + "x" + size[1] + ": the table ends at " + Math.round(right) + " px, the window at "
                            + Math.round(stage.getScene().getWidth()));
                }
            });
        }
        sideways.forEach(s -> System.out.println("stock history scrolls sideways at " + s));
        assertThat(sideways).as("sizes where the stock history needs a sideways scroll bar").isEmpty();
    }
}
