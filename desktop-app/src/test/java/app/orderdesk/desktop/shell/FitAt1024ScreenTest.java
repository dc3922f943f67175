package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.CutTexts;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
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
 * At the default 1024×640 no text is cut that cannot be read in full: the orders list keeps number,
 * date, status and total whole, cut emails and names carry their whole text in a tooltip, and the
 * status line's whole text is in its tooltip and accessible text.
 */
@ExtendWith(ApplicationExtension.class)
class FitAt1024ScreenTest {

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
        api.orderPages.put("", new Page<>(List.of(
                new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED, "anna.schmidt-verylongname@example.com", "Anna Schmidt-Leutheusser", 2500, "USD", at),
                new OrderSummaryView("o-2", "OD-000043", OrderStatus.PAYMENT_DECLINED, "jorg.muller@example.com", "Jörg Müller", 124900, "USD", at.plusSeconds(600)),
                new OrderSummaryView("o-3", "OD-000044", OrderStatus.RECEIPT_READY, "lea.weiss@example.com", "Lea Weiß", 499, "USD", at.plusSeconds(1500))),
                "more"));
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
        stage.setWidth(1024);
        stage.setHeight(640);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void theOrdersListAndTheStatusLineCanBeReadInFullAt1024x640(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "ordersTab");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#ordersTable").queryTableView().getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        List<CutTexts.Cut> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutTexts.under("orders", stage.getScene().getRoot())));
        cut.forEach(c -> System.out.println("cut at 1024x640: " + c));

        assertThat(cut).allMatch(CutTexts.Cut::wholeInTooltip);
        assertThat(cut).extracting(CutTexts.Cut::text)
                .doesNotContain("OD-000042", "OD-000043", "Completed", "Payment declined", "Receipt ready", "$1,249.00");
        // Every column is on screen: the minimum widths never push the total out of the table.
        javafx.scene.control.TableView<?> table = robot.lookup("#ordersTable").queryTableView();
        assertThat(table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum())
                .isLessThanOrEqualTo(table.getWidth());
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        assertThat(status.getTooltip().getText()).contains(status.getText());
        assertThat(status.getAccessibleText()).isEqualTo(status.getText());
    }
}
