package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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
 * Another desk's sale is pushed while a line of the order being typed is chosen, or its quantity half typed: the
 * line shows the stock left, and the person keeps the line they were on and the digits they were typing.
 */
@ExtendWith(ApplicationExtension.class)
class PushedStockOnTheLinesScreenTest {

    private final FakeApiClient api = new FakeApiClient();
    private final List<Object> accepted = new ArrayList<>();
    private OrderDraftViewModel draft;
    private TableView<DraftLine> table;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // Work at once on the FX thread: the push's read answers before the test looks.
        draft = new OrderDraftViewModel(api, new SameThreadExecutor(), () -> "key", accepted::add);
        table = new OrderLinesTable(draft).root();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(table), 640, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
    }

    @Test
    void theChosenLineStaysChosenAndShowsTheStockLeft(FxRobot robot) {
        addMugAndTea(robot);
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
        });

        pushTeaSold(robot);

        assertThat(table.getColumns().get(2).getCellData(1)).as("the tea line's In stock").isEqualTo("1");
        assertThat(table.getColumns().get(2).getCellData(0)).as("the mug line's").isEqualTo("40");
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the tea line stays chosen").isEqualTo(1);
        assertThat(robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(row -> row.getStyleClass().contains(app.orderdesk.desktop.ui.Styles.LINE_OVER_STOCK))
                .map(row -> ((DraftLine) row.getItem()).product().sku()))
                .as("2 asked, 1 left: the tea line is marked").containsExactly("TEA-7");
        robot.type(KeyCode.DELETE);
        assertThat(draft.lines()).extracting(line -> line.product().sku()).as("Delete removes the line that was chosen")
                .containsExactly("MUG-1");
    }

    @Test
    void aQuantityBeingTypedIsKept(FxRobot robot) {
        addMugAndTea(robot);
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
        });
        robot.write("5"); // starts editing the tea line's quantity

        pushTeaSold(robot);
        robot.write("0").type(KeyCode.ENTER);

        assertThat(draft.lines()).extracting(DraftLine::quantity).as("the digits typed before and after the push")
                .containsExactly(2, 50);
        assertThat(table.getColumns().get(2).getCellData(1)).as("the tea line's In stock").isEqualTo("1");
    }

    private void addMugAndTea(FxRobot robot) {
        robot.interact(() -> {
            for (InventoryItemView product : List.of(FakeApiClient.MUG, FakeApiClient.TEA)) {
                draft.search().selectedProperty().set(product);
                draft.search().quantityProperty().set(2);
                draft.addLine();
            }
        });
    }

    private void pushTeaSold(FxRobot robot) {
        InventoryItemView tea = FakeApiClient.TEA;
        api.itemsNow.put(tea.productId(), new InventoryItemView(tea.productId(), tea.sku(), tea.name(), tea.priceCents(), 1,
                tea.reserved(), tea.lowStockThreshold(), true, tea.category()));
        robot.interact(() -> draft.refreshProduct(tea.productId()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
