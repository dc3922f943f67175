package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.CutTexts;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, "no truncated text at the default size": walks every main screen (Place order with a three-line draft
 * of long product names and then a declined order, Orders with a declined order's detail and timeline, Inventory
 * before and after a product is chosen, Store settings and every other tab) in English and in German, at the
 * default 1280×820 and at the smallest 1024×640, and lists every visible label, button, tab header, column header
 * and cell whose text JavaFX cut with "…" (full text and what is shown), every prompt text that does not fit its
 * field and a toolbar that wraps onto a second row. Any of them fails the test. A PNG of each screen goes to
 * {@code target/no-cut/} for a look.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutTextScreenTest {

    private static final Path PICTURES = Path.of("target", "no-cut");
    static final InventoryItemView GRINDER = new InventoryItemView("p-grinder", "GRIND-2000",
            "Hand coffee grinder with ceramic burrs and stainless steel body", 124900, 12, 1, 3, false, "kitchen");
    static final InventoryItemView DARJEELING = new InventoryItemView("p-darj", "TEA-DARJ-250",
            "Organic Darjeeling first flush loose-leaf tea, 250 g tin", 1899, 2, 0, 5, true, "food");
    // The inventory toolbar's controls: one row, all on screen.
    private static final List<String> INVENTORY_TOOLBAR = List.of("#inventoryFilter", "#lowStockToggle", "#inventoryReloadButton",
            "#adjustButton", "#importButton", "#newProductButton", "#editProductButton", "#exportButton");

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final List<String> problems = new ArrayList<>();
    private FakeDesk desk;
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        if (desk != null) {
            desk.close(robot);
        }
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void englishAt1280x820(FxRobot robot) throws IOException {
        walk(robot, Locale.US, 1280, 820);
    }

    @Test
    void germanAt1280x820(FxRobot robot) throws IOException {
        walk(robot, Locale.GERMANY, 1280, 820);
    }

    @Test
    void englishAt1024x640(FxRobot robot) throws IOException {
        walk(robot, Locale.US, 1024, 640);
    }

    @Test
    void germanAt1024x640(FxRobot robot) throws IOException {
        walk(robot, Locale.GERMANY, 1024, 640);
    }

    private void walk(FxRobot robot, Locale locale, int width, int height) throws IOException {
        before = Locale.getDefault();
        Locale.setDefault(locale); // the app takes its language from the default locale when its screens are built
        ResourceBundle.clearCache();
        String size = locale.getLanguage() + "-" + width + "x" + height;
        Files.createDirectories(PICTURES);
        data();
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        auth.groups = Set.of("managers");
        robot.clickOn("#emailField").write("manager@example.com");
        robot.clickOn("#passwordField").write("Secret-123");
        robot.clickOn("#signInButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });

        // Place order: an empty form, then three lines with long names, then the declined order.
        check(robot, "place-order-empty", size);
        OrderEntry.addLine(robot, GRINDER, 1);
        OrderEntry.addLine(robot, DARJEELING, 2);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 3);
        check(robot, "place-order-draft", size);
        robot.clickOn("#customerEmail").write("anna.schmidt-leutheusser@example.com");
        robot.interact(() -> robot.lookup("#customerName").query().requestFocus()); robot.write("Anna Schmidt-Leutheusser"); // below the fold at 1024x640 once the lines table grows with its rows: focus scrolls it into view
        robot.interact(() -> robot.lookup("#submitOrderButton").queryButton().fire());
        Label reason = robot.lookup("#orderStatusReason").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> reason.isVisible() && !reason.getText().isBlank());
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#timelineList").queryListView().getItems().size() >= 3);
        check(robot, "place-order-declined", size);

        // Orders: the declined order selected and opened, its detail with lines and timeline.
        select(robot, "ordersTab");
        robot.interact(() -> robot.lookup("#ordersSearchButton").queryButton().fire());
        TableView<?> orders = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getItems().size() == 3);
        robot.interact(() -> {
            orders.getSelectionModel().select(1);
            orders.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#detailLines").queryTableView().getItems().size() == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#detailStatusReason").queryAs(Label.class).getText().length() > 3);
        check(robot, "orders-declined", size);

        // Inventory: nothing chosen (the history's placeholder), then a product with its stock history.
        select(robot, "inventoryTab");
        TableView<app.orderdesk.desktop.inventory.InventoryRow> inventory = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> inventory.getItems().size() == 4);
        check(robot, "inventory-none-chosen", size);
        robot.interact(() -> inventory.getSelectionModel().select(
                inventory.getItems().stream().filter(r -> r.item().productId()
                        .equals(GRINDER.productId())).findFirst().orElseThrow()));
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#movementsTable").queryTableView().getItems().size() == 3);
        check(robot, "inventory-history", size);
        if (width >= 1280) {
            // At 1024 px the toolbar's eight controls do not fit one row in either language: there it wraps onto a
            // second row (a FlowPane), every word whole; from the default 1280 px up it keeps to one row.
            toolbarInOneRow(robot, size);
        }

        // Every other tab there is (store settings, outbox, back-office screens).
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        List<String> others = tabs.getTabs().stream().map(Tab::getId)
                .filter(id -> !List.of("placeOrderTab", "ordersTab", "inventoryTab").contains(id)).toList();
        System.out.println("no-cut " + size + ": other tabs " + others);
        for (String id : others) {
            select(robot, id);
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS); // their first load settles
            check(robot, id, size);
        }

        System.out.println("no-cut " + size + ": " + problems.size() + " texts cut or not fitting");
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(problems).as("texts cut or not fitting at " + size).isEmpty();
    }

    private void data() {
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        api.inventoryPages.put("", new Page<>(List.of(FakeApiClient.MUG, FakeApiClient.TEA, GRINDER, DARJEELING), null));
        api.history.add(new StockMovementView("p-grinder", "m-1", "RECEIVED", 10, 3L, 13L, "manager@example.com",
                "Delivery note 4711 from Kaffeemühlen Großhandel GmbH", at));
        api.history.add(new StockMovementView("p-grinder", "m-2", "DAMAGED", -1, 13L, 12L, "anna.schmidt-leutheusser@example.com",
                "Broken while unpacking", at.plusSeconds(90)));
        api.history.add(new StockMovementView("p-grinder", "m-3", "CORRECTION", 100, 12L, 112L, "manager@example.com", null,
                at.plusSeconds(200)));
        api.orderPages.put("", new Page<>(List.of(
                new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED, "anna.schmidt-leutheusser@example.com", "Anna Schmidt-Leutheusser", 2500, "USD", at),
                new OrderSummaryView("o-2", "OD-000043", OrderStatus.PAYMENT_DECLINED, "jorg.muller@example.com", "Jörg Müller", 124900, "USD", at.plusSeconds(600)),
                new OrderSummaryView("o-3", "OD-000044", OrderStatus.RECEIPT_READY, "lea.weiss@example.com", "Lea Weiß", 499, "USD", at.plusSeconds(1500))),
                null));
        api.statuses.add(OrderStatus.PAYMENT_DECLINED);
        api.orderNumber = "OD-000043";
        api.statusReason = "Payment declined: insufficient funds";
        api.statusReasonCode = "PAYMENT_DECLINED_INSUFFICIENT_FUNDS";
        api.orderCustomer = new CustomerDetails("jorg.muller@example.com", "Jörg Müller", "+49 30 7654321");
        api.orderLines = List.of(
                new OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1250, 2500),
                new OrderLineView("p-darj", DARJEELING.sku(), DARJEELING.name(), 12, 1899, 22788),
                new OrderLineView("p-grinder", GRINDER.sku(), GRINDER.name(), 1, 124900, 124900));
        Instant t = at.plusSeconds(600);
        api.timelineSteps = List.of(
                new TimelineStep("ValidateOrder", "SUCCEEDED", t, t.plusMillis(40), 40L, 1, null, null),
                new TimelineStep("ReserveStock", "SUCCEEDED", t, t.plusMillis(120), 120L, 1, null, null),
                new TimelineStep("ProcessPayment", "FAILED", t, t.plusMillis(900), 900L, 3, "PaymentDeclinedException",
                        "Payment declined: insufficient funds", "PAYMENT_DECLINED_INSUFFICIENT_FUNDS", Map.of()),
                new TimelineStep("ReleaseStock", "SUCCEEDED", t, t.plusMillis(80), 80L, 1, null, null),
                new TimelineStep("DeclinePayment", "SUCCEEDED", t, t.plusMillis(30), 30L, 1, null, null),
                new TimelineStep("PaymentDeclined", "FAILED", t, t.plusMillis(1), 1L, 1, "PaymentDeclined",
                        "The payment service kept failing; no payment was recorded", "PAYMENT_SERVICE_FAILED", Map.of()));
    }

    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lists what is cut on the screen now shown and saves its picture. */
    private void check(FxRobot robot, String screen, String size) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS); // table cells are laid out a pulse later
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            image[0] = stage.getScene().snapshot(null);
            problems.addAll(CutTexts.problems(screen, root));
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", PICTURES.resolve(screen + "-" + size + ".png").toFile());
    }

    /** The inventory toolbar keeps to one row and every control of it is wholly inside the window. */
    private void toolbarInOneRow(FxRobot robot, String size) {
        robot.interact(() -> {
            double sceneWidth = stage.getScene().getWidth();
            Double row = null;
            for (String id : INVENTORY_TOOLBAR) {
                Node control = robot.lookup(id).query();
                Bounds b = control.localToScene(control.getLayoutBounds());
                if (row == null) {
                    row = b.getMinY() + b.getHeight() / 2;
                }
                if (!control.isVisible() || Math.abs(b.getMinY() + b.getHeight() / 2 - row) > 2 || b.getMaxX() > sceneWidth) {
                    problems.add("inventory toolbar wraps or spills: " + id + " at x " + Math.round(b.getMinX()) + "–"
                            + Math.round(b.getMaxX()) + ", y " + Math.round(b.getMinY()) + " (first row at " + Math.round(row)
                            + ", window " + Math.round(sceneWidth) + " px wide)");
                }
            }
        });
    }
}
