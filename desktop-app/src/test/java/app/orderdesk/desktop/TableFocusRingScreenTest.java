package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import javafx.scene.control.Control;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tab into a table shows where the keyboard is, as a text field does: walked by hand in session 10, the order's
 * lines table (no row selected) looked the same focused or not, as did the orders list and inventory.
 */
@ExtendWith(ApplicationExtension.class)
class TableFocusRingScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aFocusedTableHasAnEdgeOfTheFocusColourAndAnUnfocusedOneDoesNot(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        assertRingOnlyWhenFocused(robot, "#linesTable", "#productField");

        FakeDesk.openTab(robot, "ordersTab");
        assertRingOnlyWhenFocused(robot, "#ordersTable", "#ordersSearchButton");

        FakeDesk.openTab(robot, "inventoryTab");
        assertRingOnlyWhenFocused(robot, "#inventoryTable", "#inventoryFilter");
    }

    private static void assertRingOnlyWhenFocused(FxRobot robot, String table, String elsewhere) {
        robot.interact(() -> robot.lookup(elsewhere).query().requestFocus());
        Paint unfocused = edge(robot, table);
        robot.interact(() -> robot.lookup(table).query().requestFocus());
        assertThat(Focus.ownerId(robot)).isEqualTo(table.substring(1));
        Paint focused = edge(robot, table);
        assertThat(focused).as("%s's edge when focused (unfocused: %s)", table, unfocused).isNotEqualTo(unfocused);
    }

    private static Paint edge(FxRobot robot, String table) {
        Control control = robot.lookup(table).queryAs(Control.class);
        Paint[] paint = new Paint[1];
        robot.interact(() -> {
            control.applyCss();
            paint[0] = control.getBorder() == null || control.getBorder().getStrokes().isEmpty()
                    ? null : control.getBorder().getStrokes().getFirst().getTopStroke();
        });
        return paint[0];
    }
}
