package app.orderdesk.desktop.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.CustomerErasureView;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * Walked as support in German at 1024x640, session 23: a repeat caller found on the Customers tab, a double-click on one
 * of their orders did nothing, and the order had to be typed again on the Orders tab. A double-click (or Enter) on a
 * customer's order, or on an order in the attention list, shows it on the Orders tab: listed by its number and opened.
 */
@ExtendWith(ApplicationExtension.class)
class OpenOrderFromBackOfficeScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("support@example.com", "Secret-123");
    private final FakeBackOfficeApi backOffice = new FakeBackOfficeApi();
    private final DeskApis api = new DeskApis(backOffice);
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
    void aDoubleClickOnACustomersOrderOrEnterOnAnAttentionRowOpensTheOrder(FxRobot robot) {
        // The Orders tab's search answers with that order (the fake does not filter by number)
        api.orderPages.put("", new Page<>(List.of(backOffice.customerOrders(FakeBackOfficeApi.ADA.customerId(), 10).items().get(1)), null));
        desk = FakeDesk.openAt1024x640(robot, stage, auth, api, FakeDesk.PROFILE, home, FakeDesk.Role.SUPPORT);
        FakeDesk.openTab(robot, "customersTab");
        Clicks.on(robot, "#customerQuery").write("030 123456");
        Clicks.on(robot, "#customerFindButton");
        TableView<OrderSummaryView> orders = robot.lookup("#customerOrdersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getItems().size() == 2);

        Clicks.twiceOn(robot, robot.lookup("#customerOrdersTable .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> "OD-000007".equals(cell.getText())).<javafx.scene.Node>query());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.ordersAsked.contains("00000000-0000-4000-8000-000000000007"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab(robot)).isEqualTo("ordersTab");
        assertThat(robot.lookup("#ordersNumberField").queryAs(TextField.class).getText()).as("listed by its number").isEqualTo("OD-000007");
        TableView<OrderSummaryView> listed = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> listed.getSelectionModel().getSelectedItem() != null);
        assertThat(listed.getSelectionModel().getSelectedItem().orderId()).as("chosen in the list").isEqualTo("00000000-0000-4000-8000-000000000007");

        FakeDesk.openTab(robot, "attentionTab");
        TableView<AttentionItemView> attention = robot.lookup("#attentionTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> attention.getItems().size() == 2);
        Clicks.on(robot, robot.lookup("#attentionTable .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> "OD-000042".equals(cell.getText())).<javafx.scene.Node>query());
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.ordersAsked.contains(FakeBackOfficeApi.FAILED.orderId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab(robot)).isEqualTo("ordersTab");
        assertThat(robot.lookup("#ordersNumberField").queryAs(TextField.class).getText()).isEqualTo("OD-000042");
    }

    @Test
    void aManagerOpensAnOrderFromTheDashboardsAttentionList(FxRobot robot) {
        FakeAuthService managerAuth = new FakeAuthService("manager@example.com", "Secret-123");
        desk = FakeDesk.openAt1024x640(robot, stage, managerAuth, api, FakeDesk.PROFILE, home, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "dashboardTab");
        TableView<AttentionItemView> attention = robot.lookup("#dashboardAttention").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> attention.getItems().size() == 2);
        // The keyboard's way (the mouse's is the Customers test's): the row chosen, Enter.
        robot.interact(() -> {
            attention.requestFocus();
            attention.getSelectionModel().select(FakeBackOfficeApi.FOLLOW_UP);
        });
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.ordersAsked.contains(FakeBackOfficeApi.FOLLOW_UP.orderId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab(robot)).isEqualTo("ordersTab");
        assertThat(robot.lookup("#ordersNumberField").queryAs(TextField.class).getText()).isEqualTo("OD-000043");
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    /** The desk's API with the back-office routes served by the in-memory fake (the app then uses it for both). */
    private static final class DeskApis extends FakeApiClient implements BackOfficeApi {

        private final FakeBackOfficeApi backOffice;

        DeskApis(FakeBackOfficeApi backOffice) {
            this.backOffice = backOffice;
        }

        @Override
        public DashboardView dashboard(int days) {
            return backOffice.dashboard(days);
        }

        @Override
        public List<AttentionItemView> attention(int limit) {
            return backOffice.attention(limit);
        }

        @Override
        public RedriveOutcome redrive(String orderId) {
            return backOffice.redrive(orderId);
        }

        @Override
        public List<CustomerView> customersByPhone(String phone) {
            return backOffice.customersByPhone(phone);
        }

        @Override
        public List<CustomerView> customersByEmail(String email) {
            return backOffice.customersByEmail(email);
        }

        @Override
        public Page<OrderSummaryView> customerOrders(String customerId, int limit) {
            return backOffice.customerOrders(customerId, limit);
        }

        @Override
        public String customersCsv() {
            return backOffice.customersCsv();
        }

        @Override
        public CustomerErasureView eraseCustomer(String customerId) {
            return backOffice.eraseCustomer(customerId);
        }
    }
}
