package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.order.StoreDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.DatePicker;
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
 * Session 32's audit: the Orders tab's From/To read and showed dates in this PC's locale (a US PC: "11/30/26"), while
 * the list beside them shows the store's ("30.11.2026"), and a German date typed there could not be read.
 */
@ExtendWith(ApplicationExtension.class)
class StoreDateFieldsScreenTest {

    private final FakeAuthService auth = new FakeAuthService("support@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private final java.util.Locale pcLocale = java.util.Locale.getDefault();

    @Start
    void start(Stage stage) {
        java.util.Locale.setDefault(java.util.Locale.US); // a US PC, a German store
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Kaffeehaus", "", "", "", "", 1900, "EUR", "de-DE",
                "Europe/Berlin", "", null, null, null, Map.of());
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
        // The store's formats are global to the desk: back to the defaults the other tests expect.
        StoreDates.useStore("en-US", "");
        app.orderdesk.desktop.order.Money.useStore("en-US", "USD");
        java.util.Locale.setDefault(pcLocale);
    }

    /** A failed first read of the settings is said; the rows already listed are redrawn in the store's formats once they arrive. */
    @Test
    void settingsReadLateRedrawTheRowsAlreadyShown(FxRobot robot) {
        api.storeSettingsFailure = new app.orderdesk.desktop.client.ConnectionUnavailableException("Cannot reach the server", null);
        api.orderPages.put("", new app.orderdesk.api.Page<>(java.util.List.of(new app.orderdesk.api.OrderSummaryView("o-1",
                "OD-000042", app.orderdesk.api.OrderStatus.COMPLETED, "anna@example.com", "Anna Schmidt", 1250, "EUR",
                Instant.parse("2026-11-29T13:05:00Z"))), null));
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openTab(robot, "ordersTab");
        robot.interact(() -> robot.lookup("#ordersSearchButton").queryButton().fire());
        javafx.scene.control.TableView<?> table = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("The store's settings could not be read")).tryQuery().isPresent());

        api.storeSettingsFailure = null; // read again 5 s later
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "29.11.2026, 14:05".equals(c.getText())).tryQuery().isPresent());
    }

    /** The calendar marks the store's today, not this PC's: a zone whose date differs from the PC's now. */
    @Test
    void theCalendarMarksTheStoresToday(FxRobot robot) {
        String farZone = java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati")).equals(java.time.LocalDate.now())
                ? "Pacific/Pago_Pago" : "Pacific/Kiritimati"; // +14 h or -11 h: one of them is on another date than the PC
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Far Shop", "", "", "", "", 0, "USD", "en-US",
                farZone, "", null, null, null, Map.of());
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openTab(robot, "ordersTab");
        await().atMost(Duration.ofSeconds(10)).until(() -> farZone.equals(StoreDates.zone().getId()));
        LocalDate storeToday = LocalDate.now(java.time.ZoneId.of(farZone));
        assertThat(storeToday).isNotEqualTo(LocalDate.now());
        DatePicker from = robot.lookup("#ordersFromDate").queryAs(DatePicker.class);

        robot.interact(from::show);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.control.DateCell> marked = robot.lookup(".date-cell.today").queryAllAs(javafx.scene.control.DateCell.class);
        robot.interact(from::hide);

        assertThat(marked).extracting(javafx.scene.control.DateCell::getItem).containsExactly(storeToday);
    }

    @Test
    void aGermanStoresDatesAreTypedAndShownTheGermanWayAndNonsenseKeepsTheDate(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        FakeDesk.openTab(robot, "ordersTab");
        await().atMost(Duration.ofSeconds(10)).until(() -> "Europe/Berlin".equals(StoreDates.zone().getId()));
        DatePicker from = robot.lookup("#ordersFromDate").queryAs(DatePicker.class);

        robot.interact(() -> from.getEditor().requestFocus());
        robot.write("30.11.2026").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(from.getEditor().getText()).isEqualTo("30.11.2026");

        robot.interact(() -> from.getEditor().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("11/31/2026").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getValue()).as("no such date: the field keeps the one it had").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(from.getEditor().getText()).as("and shows it again").isEqualTo("30.11.2026");

        robot.interact(() -> robot.lookup("#ordersSearchButton").queryButton().fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.orderQueries.stream().anyMatch(q -> q.from() != null));
        assertThat(api.orderQueries.stream().filter(q -> q.from() != null).findFirst().orElseThrow().from())
                .as("the store's day starts at midnight in Berlin").isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
    }
}
