package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.Page;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.FakeDesk;
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
import java.util.ResourceBundle;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * Issue 13, the Inventory tab at the smallest size, 1024×640, in English and German, signed in as a manager (every
 * action enabled): the toolbar keeps to one row with every control wholly inside the window, and a sale's stock
 * movement says in words that it was not counted (its "before → after" was empty). A picture of each goes to
 * {@code target/inventory-1024/} for a look.
 */
@ExtendWith(ApplicationExtension.class)
class InventoryAt1024ScreenTest {

    private static final Path PICTURES = Path.of("target", "inventory-1024");
    /** The toolbar's controls, left to right; every one of them is a node on the screen. */
    private static final List<String> TOOLBAR = List.of("#inventoryFilter", "#lowStockToggle", "#inventoryReloadButton",
            "#adjustButton", "#importButton", "#newProductButton", "#editProductButton", "#exportButton");
    private static final InventoryItemView GRINDER = new InventoryItemView("p-grinder", "GRIND-2000",
            "Hand coffee grinder with ceramic burrs and stainless steel body", 124900, 12, 1, 3, false, "kitchen");

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final Locale before = Locale.getDefault();
    private FakeDesk desk;
    private Stage stage;

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
    void englishToolbarInOneRowAndASaleSaysItWasNotCounted(FxRobot robot) throws IOException {
        openInventory(robot, Locale.US);
        assertThat(toolbarProblems(robot)).as("the toolbar at 1024x640 in English").isEmpty();
        Labeled sale = saleCell(robot);
        assertThat(sale.getText()).isEqualTo("not counted");
        assertThat(sale.getTooltip().getText()).contains("sale").contains("not counted");
        assertThat(countedCell(robot).getText()).isEqualTo("13 → 12");
    }

    @Test
    void germanToolbarInOneRowAndASaleSaysItWasNotCounted(FxRobot robot) throws IOException {
        openInventory(robot, Locale.GERMANY);
        assertThat(toolbarProblems(robot)).as("the toolbar at 1024x640 in German").isEmpty();
        Labeled sale = saleCell(robot);
        assertThat(sale.getText()).isEqualTo("nicht gezählt");
        assertThat(sale.getTooltip().getText()).contains("Verkauf").contains("nicht gezählt");
        assertThat(countedCell(robot).getText()).isEqualTo("13 → 12");
    }

    private void openInventory(FxRobot robot, Locale locale) throws IOException {
        Locale.setDefault(locale); // the app takes its language from the default locale when its screens are built
        ResourceBundle.clearCache();
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        api.inventoryPages.put("", new Page<>(List.of(FakeApiClient.MUG, FakeApiClient.TEA, GRINDER), null));
        api.history.add(new StockMovementView("p-grinder", "m-1", "RECEIVED", 10, 3L, 13L, "manager@example.com",
                "Delivery note 4711", at));
        api.history.add(new StockMovementView("p-grinder", "m-2", "DAMAGED", -1, 13L, 12L, "manager@example.com",
                "Broken while unpacking", at.plusSeconds(90)));
        // A sale: the workflow takes its units off without reading the count, so it has no before and after.
        api.history.add(new StockMovementView("p-grinder", "m-3", "SALE", -1, null, null, "workflow", "OD-000042",
                at.plusSeconds(200)));
        auth.groups = Set.of("managers");
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        robot.interact(() -> {
            robot.lookup("#emailField").queryAs(TextField.class).setText("manager@example.com");
            robot.lookup("#passwordField").queryAs(TextField.class).setText("Secret-123");
            robot.lookup("#signInButton").queryButton().fire();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(1024); // the main window opens at its remembered (default) size
            stage.setHeight(640);
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "inventoryTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        TableView<InventoryRow> table = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.item().productId().equals(GRINDER.productId())).findFirst().orElseThrow()));
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#movementsTable").queryTableView().getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(PICTURES);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            image[0] = stage.getScene().snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png",
                PICTURES.resolve("inventory-" + locale.getLanguage() + "-1024x640.png").toFile());
    }

    /** Every toolbar control that is not on the first control's row, or not wholly inside the window. */
    private List<String> toolbarProblems(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            double sceneWidth = stage.getScene().getWidth();
            Double row = null;
            for (String id : TOOLBAR) {
                Node control = robot.lookup(id).query();
                Bounds b = control.localToScene(control.getLayoutBounds());
                if (row == null) {
                    row = b.getMinY();
                }
                System.out.println("inventory toolbar " + Locale.getDefault().getLanguage() + ": " + id + " x " + Math.round(b.getMinX())
                        + "–" + Math.round(b.getMaxX()) + ", y " + Math.round(b.getMinY()));
                if (!control.isVisible() || Math.abs(b.getMinY() - row) > 0.5 || b.getMinX() < 0 || b.getMaxX() > sceneWidth) {
                    problems.add(id + " at x " + Math.round(b.getMinX()) + "–" + Math.round(b.getMaxX()) + ", y "
                            + Math.round(b.getMinY()) + " (first row at y " + Math.round(row) + ", window " + Math.round(sceneWidth) + " px)");
                }
            }
        });
        return problems;
    }

    private static Labeled saleCell(FxRobot robot) {
        return beforeAfterCell(robot, 2);
    }

    private static Labeled countedCell(FxRobot robot) {
        return beforeAfterCell(robot, 1);
    }

    /** The "before → after" cell of the history's row {@code index} (the table shows the movements in the order given). */
    @SuppressWarnings("unchecked")
    private static Labeled beforeAfterCell(FxRobot robot, int index) {
        TableView<StockMovementView> movements = robot.lookup("#movementsTable").queryTableView();
        var column = movements.getColumns().getLast();
        return robot.lookup("#movementsTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() == column && cell.getIndex() == index && cell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no before → after cell in row " + index));
    }
}
