package app.orderdesk.desktop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.client.HttpApiClient;
import app.orderdesk.desktop.client.InventoryQuery;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Refunds on screen, per role: support refunds one line (one unit, not restocked) from the order
 * detail and sees the refund and its credit note; staff never sees the Refund action. With
 * {@code -Dscreenshots=true} the filled-in dialog is also written to docs/screenshots/refund-dialog.png.
 */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class RefundFlowTest {

    @TempDir
    static Path home;

    private static String email;
    private static OrderView order;
    private DesktopDriver driver;

    @BeforeAll
    static void placeAnOrder() {
        DesktopDriver setup = new DesktopDriver(home);
        HttpApiClient staff = setup.api("staff");
        email = DesktopDriver.uniqueEmail("refund-flow");
        // two products support may refund within the stack's limit ($50)
        // A cold local cloud on a loaded machine can miss the client's timeout on its first calls: the
        // read is repeated, the order is sent again with the same Idempotency-Key (never a second order).
        List<InventoryItemView> cheap = coldStartTolerant(() -> staff.inventory(InventoryQuery.firstPage(200))).items().stream()
                .filter(p -> p.available() >= 8 && p.priceCents() <= 2000).limit(2).toList();
        assertThat(cheap).hasSize(2);
        String key = UUID.randomUUID().toString();
        PlaceOrderRequest request = new PlaceOrderRequest(
                List.of(new OrderLineRequest(cheap.get(0).productId(), 2), new OrderLineRequest(cheap.get(1).productId(), 1)),
                new app.orderdesk.api.CustomerDetails(email, "Rita Refund", null), "tok_visa");
        PlaceOrderResponse placed = coldStartTolerant(() -> staff.placeOrder(request, key));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> staff.order(placed.orderId()).status().isFinal());
        order = staff.order(placed.orderId());
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    private static <T> T coldStartTolerant(java.util.function.Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (app.orderdesk.desktop.client.ConnectionUnavailableException timedOut) {
                if (attempt == 4) {
                    throw timedOut;
                }
            }
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        driver = new DesktopDriver(home);
        driver.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        driver.stop(robot);
    }

    @Test
    void supportRefundsOneUnitOfOneLineAndSeesItsCreditNote(FxRobot robot) throws Exception {
        driver.signIn(robot, "support");
        Parent detail = openOrder(robot);
        Button refund = (Button) detail.lookup("#refundButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> !refund.isDisabled());
        // The lines table now takes the height of its rows (ADR 0049): the button can sit below the detail's fold, where
        // a click at its centre lands on nothing. Focus scrolls it into view (ADR 0042), as a person would scroll.
        robot.interact(refund::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Clicks.on(robot, refund);

        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#refundDialog").tryQuery().isPresent());
        Parent dialog = robot.lookup("#refundDialog").queryAs(Parent.class);
        Button submit = (Button) dialog.lookup("#refundSubmitButton");
        assertThat(submit.isDisabled()).as("nothing chosen yet").isTrue();
        @SuppressWarnings("unchecked")
        Spinner<Integer> first = (Spinner<Integer>) dialog.lookup("#refundQty0");
        Clicks.on(robot, first.lookup(".increment-arrow-button"));
        Clicks.on(robot, (CheckBox) dialog.lookup("#refundRestock0"));
        robot.interact(() -> ((javafx.scene.control.ChoiceBox<?>) dialog.lookup("#refundReason")).getSelectionModel().select(1));
        Clicks.on(robot, (TextArea) dialog.lookup("#refundNote")).write("Handle broke in transit");
        long unit = order.lines().getFirst().unitPriceCents();
        String expectedTotal = "Refund " + app.orderdesk.desktop.order.Money.format(unit);
        assertThat(((Label) dialog.lookup("#refundTotal")).getText()).isEqualTo(expectedTotal);
        assertThat(((CheckBox) dialog.lookup("#refundRestock0")).isSelected()).isFalse();
        if (Boolean.getBoolean("screenshots")) {
            shoot(robot, dialog.getScene().getWindow(),
                    Path.of(System.getProperty("screenshots.dir", "../docs/screenshots")).resolve("refund-dialog.png"));
        }
        Clicks.on(robot, submit);

        Label message = (Label) detail.lookup("#detailMessage");
        await().atMost(Duration.ofSeconds(60)).until(() -> message.getText().startsWith("Refunded "));
        Label status = (Label) detail.lookup("#detailStatus");
        await().atMost(Duration.ofSeconds(30)).until(() -> "Partly refunded".equals(status.getText()));
        // The orders list says so too (walked under Xvfb, session 11: the row stayed "Completed" - another desk's order,
        // whose changes this desk's live topic does not bring).
        TableView<OrderSummaryView> orders = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getItems().getFirst().status() == OrderStatus.PARTIALLY_REFUNDED);
        ListView<?> creditNotes = (ListView<?>) detail.lookup("#creditNotesList");
        await().atMost(Duration.ofSeconds(30)).until(() -> creditNotes.getItems().size() == 1);
        String row = app.orderdesk.desktop.refunds.CreditNotesViewModel.describe((app.orderdesk.api.RefundView) creditNotes.getItems().getFirst());
        assertThat(row).contains("1 × " + order.lines().getFirst().name() + " (not restocked)").contains("refunded");
        assertThat(message.getText()).contains(app.orderdesk.desktop.order.Money.format(unit)).contains("credit note was emailed");
        OrderView after = driver.api("support").order(order.orderId());
        assertThat(after.refunds()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("DAMAGED");
            assertThat(r.note()).isEqualTo("Handle broke in transit");
            assertThat(r.lines()).singleElement().satisfies(l -> {
                assertThat(l.quantity()).isEqualTo(1);
                assertThat(l.restock()).isFalse();
            });
        });
    }

    @Test
    void staffDoesNotSeeTheRefundAction(FxRobot robot) {
        driver.signIn(robot, "staff");
        driver.openTab(robot, "ordersTab");
        Parent detail = openOrder(robot);
        assertThat(detail.lookup("#refundButton")).as("no Refund button for staff").isNull();
        assertThat(detail.lookup("#resendEmailButton")).isNotNull();
    }

    private Parent openOrder(FxRobot robot) {
        driver.type(robot, "#ordersEmailField", email);
        Clicks.on(robot, "#ordersSearchButton");
        TableView<OrderSummaryView> table = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(20)).until(() -> table.getItems().size() == 1);
        // Select the row and press Enter (the keyboard way to open it): no hunt for a cell that may not be drawn yet.
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Parent detail = robot.lookup("#orderDetail").queryAs(Parent.class);
        Label number = (Label) detail.lookup("#detailOrderNumber");
        await().atMost(Duration.ofSeconds(20)).until(() -> order.orderNumber().equals(number.getText()));
        return detail;
    }

    private static void shoot(FxRobot robot, Window window, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(file.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(png, "png", file.toFile());
    }
}
