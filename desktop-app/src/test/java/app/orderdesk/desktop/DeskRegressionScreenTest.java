package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import app.orderdesk.desktop.inventory.AdjustReason;
import app.orderdesk.desktop.inventory.InventoryRow;
import app.orderdesk.desktop.order.DraftLine;
import app.orderdesk.desktop.order.PaymentOption;
import app.orderdesk.desktop.ui.Styles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One regression test per desk bug of issue 13, on the real screens against a fake API. */
@ExtendWith(ApplicationExtension.class)
class DeskRegressionScreenTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.RECEIVED);
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void downOnTheClosedPaymentChoiceChangesThePaymentAndStaysOnTheScreen(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        Node paymentNode = robot.lookup("#paymentChoice").query();
        robot.interact(paymentNode::requestFocus);

        robot.type(KeyCode.DOWN);

        assertThat(selectedTab(robot)).isEqualTo("placeOrderTab");
        assertThat(paymentNode).isInstanceOf(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<PaymentOption> payment = (ComboBox<PaymentOption>) paymentNode;
        assertThat(payment.getValue()).isEqualTo(PaymentOption.CARD);
        assertThat(payment.isFocused()).isTrue();
        assertThat(payment.getValue().toString()).doesNotContain("tok_").isEqualTo("Card (type it in below)");
    }

    @Test
    void removeButtonsAreOutOfTheTabPathAndDeleteRemovesALineWithUndo(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 1);
        OrderEntry.addLine(robot, FakeApiClient.TEA, 1);
        TableView<DraftLine> lines = robot.lookup("#linesTable").queryTableView();
        assertThat(lines.getItems()).hasSize(2);

        // Tab from the product field through the form: no Remove button on the way, nothing removed.
        robot.interact(() -> robot.lookup("#productField").query().requestFocus());
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
            visited.add(stage.getScene().getFocusOwner());
        }
        assertThat(visited).noneMatch(node -> node instanceof Button button && "Remove".equals(button.getText()));
        assertThat(lines.getItems()).hasSize(2);

        robot.interact(() -> {
            lines.requestFocus();
            lines.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        assertThat(lines.getItems()).extracting(l -> l.product().sku()).containsExactly("TEA-7");
        assertThat(robot.lookup("#undoRemoveLabel").queryAs(Label.class).getText()).contains("MUG-1");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(lines.getItems()).extracting(l -> l.product().sku()).containsExactly("MUG-1", "TEA-7");
    }

    @Test
    void aRejectedOrderShowsWordsNotExceptionNamesAndOpensAgainAsADraft(FxRobot robot) {
        api.statuses.clear();
        api.statuses.addAll(List.of(OrderStatus.RECEIVED, OrderStatus.REJECTED));
        api.statusReason = "Out of stock: TEA-7 (3 available)";
        Instant now = Instant.now();
        api.timelineSteps = List.of(
                new TimelineStep("ReserveStock", "FAILED", now, now, 40L, 1, "app.orderdesk.backend.errors.OrderRejectedException",
                        "{\"errorMessage\":\"app.orderdesk.backend.errors.OrderRejectedException: Out of stock: TEA-7\","
                                + "\"errorType\":\"app.orderdesk.backend.errors.OrderRejectedException\",\"stackTrace\":[\"a.b.C.d(C.java:1)\"]}"),
                new TimelineStep("OrderFailed", "FAILED", now, now, 1L, 1, "OrderFailed",
                        "The order could not be completed; its record says why."));
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.TEA, 1);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        Clicks.on(robot, "#submitOrderButton");

        Label status = robot.lookup("#orderStatusLabel").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Rejected".equals(status.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getStyleClass()).contains(Styles.STATUS_BAD);
        String timeline = String.join("\n", robot.lookup("#timelineList .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList());
        assertThat(timeline)
                .contains("Reserve stock", "The order was rejected: Out of stock: TEA-7", "Order failed",
                        "The order could not be completed: Out of stock: TEA-7 (3 available)")
                .doesNotContain("app.orderdesk", "Exception", "record says why", "stackTrace");
        // The same lines and customer are a draft again, under a new key, to fix and resend.
        assertThat(robot.lookup("#submitOrderButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#orderQueuedLabel").queryAs(Label.class).getText()).contains("open again");
        Clicks.on(robot, "#submitOrderButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.idempotencyKeys.size() == 2);
        assertThat(api.idempotencyKeys.get(1)).isNotEqualTo(api.idempotencyKeys.get(0));
    }

    @Test
    void afterAnAdjustmentWithLowStockOnlyTheSelectionAndTheHistoryShowTheSameProduct(FxRobot robot) {
        api.adjustHook = request -> {
            StockMovementView movement = new StockMovementView("p-tea", "m-1", request.reason(), request.delta(),
                    3L, 3L + request.delta(), "manager@example.com", request.note(), Instant.now());
            synchronized (api) {
                api.history.add(movement);
            }
            return movement;
        };
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "inventoryTab");
        TableView<InventoryRow> table = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 2);
        Clicks.on(robot, "#lowStockToggle");
        await().atMost(Duration.ofSeconds(5)).until(() -> table.getItems().size() == 1);
        Clicks.on(robot, "Green tea");
        Clicks.on(robot, "#adjustButton");
        Spinner<Integer> delta = robot.lookup("#adjustDelta").queryAs(Spinner.class);
        robot.interact(() -> delta.getEditor().setText("10"));
        ComboBox<AdjustReason> reason = robot.lookup("#adjustReason").queryComboBox();

        // Damaged (or theft) with a positive change is refused, with the reason why.
        robot.interact(() -> reason.setValue(AdjustReason.DAMAGED));
        assertThat(robot.lookup("#adjustApplyButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#adjustValidation").queryAs(Label.class).getText()).contains("lowers the stock");
        // ↓ on the closed reason list changes the reason and keeps the focus there.
        robot.interact(reason::requestFocus);
        robot.type(KeyCode.DOWN);
        assertThat(reason.getValue()).isEqualTo(AdjustReason.THEFT_LOSS);
        assertThat(reason.isFocused()).isTrue();

        robot.interact(() -> reason.setValue(AdjustReason.RECEIVED));
        Clicks.on(robot, "#adjustApplyButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#adjustDialog").tryQuery().isEmpty());
        TableView<StockMovementView> movements = robot.lookup("#movementsTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> !movements.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull()
                .extracting(row -> row.item().productId()).isEqualTo("p-tea");
        assertThat(movements.getItems()).allMatch(m -> m.productId().equals("p-tea"));
        // The change column shows "+10", not "…".
        List<javafx.scene.control.Labeled> deltaCells = robot.lookup("#movementsTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> "+10".equals(cell.getText())).map(cell -> (javafx.scene.control.Labeled) cell).toList();
        assertThat(deltaCells).isNotEmpty();
        assertThat(deltaCells).allSatisfy(cell -> assertThat(((Text) cell.lookup(".text")).getText()).isEqualTo("+10"));
    }

    @Test
    void at900By600TheFormIsBesideTheProgressAndItsButtonsAreInSight(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (System.getProperty("debug.shot") != null) {
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> image[0] = stage.getScene().snapshot(null));
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                        new java.io.File(System.getProperty("debug.shot")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String id : List.of("#productField", "#addLineButton", "#submitOrderButton", "#newOrderButton", "#signOutButton")) {
                System.out.println("SHOT " + id + " " + sceneBounds(robot.lookup(id).query()) + " scene " + stage.getScene().getWidth() + "x" + stage.getScene().getHeight());
            }
        }

        for (String id : List.of("#productField", "#addLineButton", "#submitOrderButton", "#newOrderButton", "#signOutButton")) {
            assertThat(fullyInSight(robot.lookup(id).query())).as(id + " is in sight at 900×600").isTrue();
        }
        Bounds field = sceneBounds(robot.lookup("#productField").query());
        Bounds progress = sceneBounds(robot.lookup("#orderProgressScroller").query());
        assertThat(field.getMaxX()).as("the form does not run under the progress panel").isLessThanOrEqualTo(progress.getMinX());
    }

    private static boolean fullyInSight(Node node) {
        if (!node.isVisible()) {
            return false;
        }
        Bounds bounds = sceneBounds(node);
        Scene scene = node.getScene();
        if (bounds.getMinX() < 0 || bounds.getMinY() < 0 || bounds.getMaxX() > scene.getWidth() + 0.5
                || bounds.getMaxY() > scene.getHeight() + 0.5) {
            return false;
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroller && !sceneBounds(scroller).contains(bounds)) {
                return false;
            }
        }
        return true;
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }


}
