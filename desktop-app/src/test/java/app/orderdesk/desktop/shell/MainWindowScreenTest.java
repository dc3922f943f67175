package app.orderdesk.desktop.shell;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.inventory.InventoryRow;
import app.orderdesk.desktop.ui.Styles;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window headless against fakes: tabs and shortcuts, inventory filter and role limits. */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
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
    void switchesScreensWithTheKeyboardAndFiltersInventoryAsPeopleType(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        // ADR 0064: a screen not shown yet is not styled at sign-in: it joins the window when its tab is first chosen.
        assertThat(robot.lookup("#inventoryTable").tryQuery()).as("the inventory screen before its tab is chosen").isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("inventoryTab");
        TableView<InventoryRow> table = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("green");
        assertThat(table.getItems()).extracting(r -> r.item().sku()).containsExactly("TEA-7");
        robot.type(KeyCode.DOWN); // from the filter into what it left
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).as("Down from the filter").isEqualTo("inventoryTable");
        assertThat(table.getSelectionModel().getSelectedItem().item().sku()).isEqualTo("TEA-7");
        assertThat(robot.lookup("." + Styles.LOW_STOCK_ROW).tryQuery()).isPresent();

        // Staff may look but not change stock, and the button says why.
        Button adjust = robot.lookup("#adjustButton").queryButton();
        assertThat(adjust.isDisabled()).isTrue();
        assertThat(adjust.getTooltip().getText()).isEqualTo("Only managers can change stock");

        robot.interact(() -> robot.lookup("#signOutButton").query().requestFocus()); // a button outside the tabs
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("ordersTab");
        robot.write("OD-42");
        assertThat(robot.lookup("#ordersNumberField").queryTextInputControl().getText())
                .as("Ctrl+2 puts the keyboard in the orders search").isEqualTo("OD-42");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("outboxTab");
        assertThat(robot.lookup("#connectionState").queryAs(Label.class).getText()).isEqualTo("API: online · Outbox: 0 queued");
        // A screen without a search gives the keyboard to the tabs, not to a field of the screen left (keys typed
        // there would land out of sight).
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).as("after Ctrl+4 (Outbox)").isEqualTo("mainTabs");

        // Every tab's tooltip names its Ctrl+number: the later tabs answer to it too.
        assertThat(tabs.getTabs().get(5).getTooltip().getText()).isEqualTo("Customers (Ctrl+6)");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("customersTab");
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).as("Ctrl+6 puts the keyboard in the customer search").isEqualTo("customerQuery");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("dashboardTab");
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).as("after Ctrl+5 (Dashboard)").isEqualTo("mainTabs");
    }

    @Test
    void theStatusLineNamesAsManyScreenShortcutsAsThereAreScreens() {
        assertThat(MainView.shortcuts(6)).startsWith("Ctrl+1…6 switch screens");
        assertThat(MainView.shortcuts(12)).as("Ctrl+9 is the last").startsWith("Ctrl+1…9 switch screens");
    }


    @Test
    void showsTheServersMessageInTheBannerWhenTheServiceIsDown(FxRobot robot) {
        api.failEverything = new app.orderdesk.desktop.client.ApiException(503,
                app.orderdesk.api.ApiError.of("SERVICE_UNAVAILABLE", "Inventory is resting, try again in a minute"));
        desk.signInAs(robot, FakeDesk.Role.STAFF);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        Label banner = robot.lookup("#notificationText").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> banner.isVisible() && !banner.getText().isEmpty());
        assertThat(banner.getText()).isEqualTo("Inventory could not be loaded: Inventory is resting, try again in a minute");
        assertThat(robot.lookup("#connectionState").queryAs(Label.class).getText()).startsWith("API: unreachable");
        Clicks.on(robot, "#notificationClose");
        assertThat(robot.lookup("#notificationBanner").query().isVisible()).isFalse();
    }
}
