package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineView;
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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
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
 * The order detail's lines table (Orders screen, an order selected): at the default 1280×820 every
 * header and every quantity and amount is whole; at 1024×640 the detail stacks under the list and its
 * lines table has the window's width: nothing cut, the line total clear of the scroll bar (issue 13);
 * whatever would be cut reads whole in its tooltip, the headers also in their accessible text.
 */
@ExtendWith(ApplicationExtension.class)
class OrderDetailFitScreenTest {

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
                new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED, "anna@example.com", "Anna Schmidt", 133388, "USD", at)),
                null));
        api.statuses.add(OrderStatus.COMPLETED);
        api.orderNumber = "OD-000042";
        api.orderCustomer = new CustomerDetails("anna@example.com", "Anna Schmidt", null);
        api.orderLines = List.of(
                new OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1250, 2500),
                new OrderLineView("p-tea", "TEA-7", "Green tea", 12, 499, 5988),
                new OrderLineView("p-grinder", "GRIND-2000", "Hand coffee grinder with ceramic burrs", 1, 124900, 124900));
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
        stage.setWidth(1280);
        stage.setHeight(820);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void theLinesTableHeadersAreWholeAt1280x820AndReadableInFullAt1024x640(FxRobot robot) {
        TableView<?> lines = openTheOrderDetail(robot);

        List<CutTexts.Cut> at1280 = cutIn(robot, lines);
        at1280.forEach(c -> System.out.println("detail lines cut at 1280x820: " + c));
        List<String> headers = lines.getColumns().stream().map(TableColumn::getText).toList();
        assertThat(headers).hasSize(5).doesNotContainNull();
        assertThat(at1280).extracting(CutTexts.Cut::text).doesNotContainAnyElementsOf(headers)
                .doesNotContain("2", "12", "1", "$12.50", "$4.99", "$1,249.00", "$25.00", "$59.88");
        // Every header shown is whole: all five, or (when a SKU would not fit whole beside the numbers) the compact
        // table's product and line total.
        List<String> shownAt1280 = lines.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList();
        System.out.println("detail lines at 1280x820, columns shown: " + shownAt1280);
        assertThat(shownAt1280).isIn(headers, List.of(headers.get(1), headers.get(4)));
        assertThat(headerLabels(robot, lines)).extracting(Label::getText).containsExactlyElementsOf(shownAt1280);
        assertThat(at1280).allMatch(CutTexts.Cut::wholeInTooltip);

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<CutTexts.Cut> at1024 = cutIn(robot, lines);
        at1024.forEach(c -> System.out.println("detail lines cut at 1024x640: " + c));
        assertThat(at1024).allMatch(CutTexts.Cut::wholeInTooltip);
        assertThat(at1024).extracting(CutTexts.Cut::text).doesNotContain("$1,249.00", "$12.50", "$59.88", "12");
        assertThat(at1024).as("texts cut in the lines table at 1024x640").isEmpty();
        // Every header is readable in full, cut or not: its tooltip and its accessible text hold it whole.
        List<String> shownColumns = lines.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList();
        assertThat(shownColumns).as("the columns shown at 1024x640").containsExactly(headers.get(1), headers.get(4));
        assertThat(headerLabels(robot, lines)).hasSize(2).allSatisfy(header -> {
            assertThat(header.getTooltip()).isNotNull();
            assertThat(header.getTooltip().getText()).isEqualTo(header.getText());
            assertThat(header.getAccessibleText()).isEqualTo(header.getText());
        });
        // issue 13: at this size (the table is about 260 px wide) it keeps two columns, product and line total; the
        // product cell holds name, SKU, quantity and unit price on wrapped lines. Nothing in the table is cut, the
        // line total sits wholly left of the vertical scroll bar and no row scrolls sideways.
        double columns = lines.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        System.out.println("detail lines at 1024x640: table " + lines.getWidth() + " px, all columns " + columns + " px: "
                + lines.getColumns().stream().map(c -> c.getText() + " " + c.getWidth()).toList());
        List<String> productCells = new ArrayList<>();
        robot.interact(() -> lines.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == lines.getColumns().get(1)
                        && !c.isEmpty() && c.getText() != null)
                .forEach(n -> productCells.add(((javafx.scene.control.TableCell<?, ?>) n).getText())));
        System.out.println("detail lines at 1024x640, product cells: " + productCells);
        // Their wrapped lines are whole in height too: each cell's text sits inside its row.
        List<String> spilling = new ArrayList<>();
        robot.interact(() -> lines.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == lines.getColumns().get(1)
                        && !c.isEmpty() && c.getGraphic() != null)
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getGraphic().getBoundsInParent().getMaxY() > c.getHeight() + 0.5
                        || c.getGraphic().getLayoutBounds().getHeight() + 0.5 < c.getGraphic().prefHeight(c.getGraphic().getLayoutBounds().getWidth()))
                .forEach(c -> spilling.add(c.getText() + " (row " + c.getHeight() + " px, text " + c.getGraphic().getLayoutBounds().getHeight() + " px)")));
        assertThat(spilling).as("product cells whose wrapped text is taller than their row").isEmpty();
        assertThat(productCells).anySatisfy(text -> assertThat(text).contains("Hand coffee grinder with ceramic burrs", "GRIND-2000",
                "1 × $1,249.00"));
        double[] edges = new double[3];
        robot.interact(() -> {
            TableColumn<?, ?> lineTotal = lines.getColumns().get(4);
            edges[0] = lines.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == lineTotal && !c.isEmpty())
                    .mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMaxX()).max().orElse(Double.MAX_VALUE);
            edges[1] = lines.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()
                            && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinX()).min()
                    .orElse(lines.localToScene(lines.getBoundsInLocal()).getMaxX());
            edges[2] = lines.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()
                            && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).count();
        });
        System.out.println("detail lines at 1024x640: line total ends at " + edges[0] + ", scroll bar or edge at " + edges[1]);
        assertThat(edges[0]).as("the line total's right edge").isLessThanOrEqualTo(edges[1]);
        assertThat(edges[2]).as("horizontal scroll bars shown").isZero();
    }

    @Test
    void aSkuIsNeverBrokenMidWordAndAUsualOrderShowsWithoutAScrollAreaAt1280x820(FxRobot robot) {
        // The demo catalogue's SKUs: at 1280 px beside the list "CUP-MUG-350" wrapped as "CUP-M / UG-35 / 0".
        api.orderLines = List.of(
                new OrderLineView("p-mug", "CUP-MUG-350", "Stoneware Mug 350 ml, Slate", 1, 1290, 1290),
                new OrderLineView("p-chai", "TEA-CHA-200", "Masala Chai Blend 200 g", 2, 850, 1700),
                new OrderLineView("p-earl", "TEA-EGR-100", "Earl Grey Loose Leaf 100 g", 1, 690, 690));
        TableView<?> lines = openTheOrderDetail(robot);
        WaitForAsyncUtils.waitForFxEvents();

        TableColumn<?, ?> sku = lines.getColumns().get(0);
        double skusWhole = app.orderdesk.desktop.ui.FullText.widthOf(sku, "CUP-MUG-350", "TEA-CHA-200", "TEA-EGR-100");
        System.out.println("detail lines at 1280x820: table " + lines.getWidth() + " px, SKU column shown " + sku.isVisible()
                + ", " + sku.getWidth() + " px (whole SKUs need " + skusWhole + "), table height " + lines.getHeight());
        if (sku.isVisible()) {
            assertThat(sku.getWidth()).as("the SKU column holds every SKU whole").isGreaterThanOrEqualTo(skusWhole - 0.5);
        } else {
            List<String> productCells = new ArrayList<>();
            robot.interact(() -> lines.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == lines.getColumns().get(1)
                            && !c.isEmpty() && c.getText() != null)
                    .forEach(n -> productCells.add(((javafx.scene.control.TableCell<?, ?>) n).getText())));
            assertThat(String.join(" ", productCells)).as("the compact product cells name each SKU")
                    .contains("CUP-MUG-350", "TEA-CHA-200", "TEA-EGR-100");
        }
        List<javafx.scene.control.ScrollBar> scrolling = new ArrayList<>();
        robot.interact(() -> lines.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible())
                .forEach(n -> scrolling.add((javafx.scene.control.ScrollBar) n)));
        assertThat(scrolling).as("three lines show without a scroll area of their own").isEmpty();
    }

    /** Signs in as a manager and opens the one order's detail; its lines table once it holds the three lines. */
    private TableView<?> openTheOrderDetail(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "ordersTab");
        TableView<?> orders = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getItems().size() == 1);
        robot.interact(() -> {
            orders.getSelectionModel().select(0);
            orders.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        TableView<?> lines = robot.lookup("#detailLines").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.getItems().size() == 3);
        return lines;
    }

    private static List<CutTexts.Cut> cutIn(FxRobot robot, Node table) {
        WaitForAsyncUtils.waitForFxEvents();
        List<CutTexts.Cut> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutTexts.under("detail", table)));
        return cut;
    }

    /** The skin's header labels, in column order. */
    private static List<Label> headerLabels(FxRobot robot, TableView<?> table) {
        List<Label> labels = new ArrayList<>();
        robot.interact(() -> table.getColumns().forEach(column -> table.lookupAll(".column-header").stream()
                .filter(node -> node instanceof TableColumnHeader header && header.getTableColumn() == column)
                .flatMap(node -> ((TableColumnHeader) node).getChildrenUnmodifiable().stream())
                .filter(child -> child instanceof Label)
                .findFirst().ifPresent(label -> labels.add((Label) label))));
        return labels;
    }
}
