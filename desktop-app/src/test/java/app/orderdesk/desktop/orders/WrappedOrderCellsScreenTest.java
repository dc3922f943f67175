package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
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
 * Issue 13, the orders list at 1024×640: a cell whose text wraps onto more lines (an email or a name, ADR 0041) keeps
 * room above and below its text as a one-line cell does, instead of its text touching the row's edges.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedOrderCellsScreenTest {

    /** The least room between a wrapped cell's text and its cell's top or bottom edge, in pixels. */
    private static final double ROOM = 2;

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        api.orderPages.put("", new Page<>(List.of(
                new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED, "anna.schmidt-leutheusser@example.com",
                        "Anna Schmidt-Leutheusser", 2500, "USD", at),
                new OrderSummaryView("o-2", "OD-000043", OrderStatus.PAYMENT_DECLINED, "jorg.muller@example.com", "Jörg Müller",
                        124900, "USD", at.plusSeconds(600)),
                new OrderSummaryView("o-3", "OD-000044", OrderStatus.RECEIPT_READY, "lea.weiss@example.com", "Lea Weiß", 499,
                        "USD", at.plusSeconds(1500))), null));
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void wrappedCellsKeepRoomAboveAndBelowTheirTextAt1024x640(FxRobot robot) {
        auth.groups = Set.of("managers");
        robot.interact(() -> {
            robot.lookup("#emailField").queryAs(TextField.class).setText("manager@example.com");
            robot.lookup("#passwordField").queryAs(TextField.class).setText("Secret-123");
            robot.lookup("#signInButton").queryButton().fire();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "ordersTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            robot.lookup("#ordersSearchButton").queryButton().fire();
        });
        TableView<?> orders = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        List<String> wrapped = new ArrayList<>();
        List<String> tight = new ArrayList<>();
        double[] oneLine = {-1, -1};
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            for (Node node : robot.lookup("#ordersTable .table-cell").queryAll()) {
                if (!(node instanceof TableCell<?, ?> cell) || !cell.isVisible() || cell.isEmpty() || cell.getItem() == null) {
                    continue;
                }
                Text text = textOf(cell);
                if (text == null) {
                    continue;
                }
                Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
                Bounds textBounds = text.localToScene(text.getLayoutBounds());
                double above = textBounds.getMinY() - cellBounds.getMinY();
                double below = cellBounds.getMaxY() - textBounds.getMaxY();
                boolean twoLinesOrMore = text.getText().contains("\n") || textBounds.getHeight() > 1.5 * text.getFont().getSize() * 1.2;
                if (!twoLinesOrMore) {
                    oneLine[0] = above;
                    oneLine[1] = below;
                    continue;
                }
                String what = cell.getTableColumn().getText() + " \"" + cell.getItem() + "\" (" + Math.round(textBounds.getHeight())
                        + " px of text in a " + Math.round(cellBounds.getHeight()) + " px cell, " + round(above) + " px above, "
                        + round(below) + " px below)";
                wrapped.add(what);
                if (above < ROOM || below < ROOM) {
                    tight.add(what);
                }
            }
        });
        System.out.println("wrapped order cells at 1024x640: " + wrapped.size() + "; a one-line cell has " + round(oneLine[0])
                + " px above and " + round(oneLine[1]) + " px below its text");
        wrapped.forEach(w -> System.out.println("  " + w));
        assertThat(wrapped).as("at 1024 px the long email wraps").isNotEmpty();
        assertThat(tight).as("wrapped cells whose text comes within " + ROOM + " px of the cell's edge").isEmpty();
    }

    /** The text node a cell shows: its own (a one-line cell) or its wrapping label's. */
    private static Text textOf(TableCell<?, ?> cell) {
        Node owner = cell.getGraphic() instanceof Label label ? label : cell;
        return owner.lookupAll(".text").stream().filter(n -> n instanceof Text t && t.isVisible() && t.getText() != null
                && !t.getText().isEmpty()).map(Text.class::cast).findFirst().orElse(null);
    }

    private static String round(double pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f", pixels);
    }
}
