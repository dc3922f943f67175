package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.shell.Notifications;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * h-x: a manager creates a product and then edits it, by keyboard only: Ctrl+Shift+N, type, Tab, ↓ for
 * the category, Enter; Ctrl+E on the new (selected) row, change, Enter. Staff get neither.
 */
@ExtendWith(ApplicationExtension.class)
class ProductDialogKeyboardScreenTest {

    private final FakeApiClient api = new FakeApiClient();
    private final AtomicLong versions = new AtomicLong();
    private FxBackgroundExecutor executor;
    private InventoryViewModel model;
    private InventoryView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
        api.productHook = (id, r) -> new InventoryItemView(id == null ? "sku-" + r.sku().toLowerCase() : id,
                id == null ? r.sku() : "BEAN-01", r.name(), r.priceCents(), 0, 0, r.lowStockThreshold() == null ? 0 : r.lowStockThreshold(), true,
                r.category() == null || r.category().isEmpty() ? null : r.category(), versions.incrementAndGet());
        model = new InventoryViewModel(api, executor, new Notifications(), true);
        model.useCategories(List.of("food", "books"));
        view = new InventoryView(model);
        stage.setScene(new Scene(view.root(), 1280, 820));
        stage.show();
        model.loadAll();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    @Test
    void aManagerCreatesThenEditsAProductWithTheKeyboardOnly(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> model.rows().size() == 2);
        robot.interact(() -> view.table().requestFocus()); // where the screen's focus sits after loading
        List<String> focusOrder = new ArrayList<>();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) != null);
        robot.targetWindow(dialog(robot).getScene().getWindow()); // typed characters go to the dialog, as the keyboard's do
        focusOrder.add(focusedId(robot));
        robot.write("BEAN-01");
        robot.type(KeyCode.TAB);
        focusOrder.add(focusedId(robot));
        robot.write("Beans 1 kg");
        robot.type(KeyCode.TAB);
        focusOrder.add(focusedId(robot));
        robot.write("19.90");
        robot.type(KeyCode.TAB);
        focusOrder.add(focusedId(robot));
        robot.type(KeyCode.DOWN, 2); // None → books → food
        assertThat(robot.lookup("#productCategory").queryAs(ComboBox.class).getValue()).isEqualTo("food");
        // h-b: the category in the desk's words, not its name
        assertThat(robot.lookup("#productCategory .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .filteredOn(cell -> "food".equals(cell.getItem())).extracting(javafx.scene.control.ListCell::getText)
                .contains(app.orderdesk.desktop.ui.Messages.text("category.name.food")).doesNotContain("food");
        robot.type(KeyCode.TAB);
        focusOrder.add(focusedId(robot));
        // h-b: the low-stock threshold, a new product's starting at 0
        assertThat(robot.lookup("#productLowStock").queryAs(TextField.class).getText()).isEqualTo("0");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("8");
        robot.type(KeyCode.TAB);
        focusOrder.add(focusedId(robot));
        robot.type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) == null);
        assertThat(focusOrder).containsExactly("productSku", "productName", "productPrice", "productCategory", "productLowStock",
                "productSaveButton");
        assertThat(api.productRequests).singleElement().satisfies(r -> {
            assertThat(r.sku()).isEqualTo("BEAN-01");
            assertThat(r.priceCents()).isEqualTo(1990);
            assertThat(r.category()).isEqualTo("food");
            assertThat(r.lowStockThreshold()).isEqualTo(8);
        });
        assertThat(model.selectedProperty().get().item().sku()).isEqualTo("BEAN-01");
        assertThat(model.selectedProperty().get().item().lowStockThreshold()).as("the saved threshold in the table").isEqualTo(8);
        assertThat(model.rows()).hasSize(3);

        robot.interact(() -> view.table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) != null);
        robot.targetWindow(dialog(robot).getScene().getWindow()); // typed characters go to the dialog, as the keyboard's do
        assertThat(focusedId(robot)).as("the SKU cannot change: focus starts on the name").isEqualTo("productName");
        assertThat(robot.lookup("#productSku").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#productLowStock").queryAs(TextField.class).getText()).as("the saved threshold").isEqualTo("8");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Beans 500 g");
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("9,95");
        robot.type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) == null);
        assertThat(api.editedProductIds).containsExactly("sku-bean-01");
        assertThat(api.productRequests.getLast()).satisfies(r -> {
            assertThat(r.name()).isEqualTo("Beans 500 g");
            assertThat(r.priceCents()).isEqualTo(995);
            assertThat(r.category()).isEqualTo("food");
            assertThat(r.expectedVersion()).isEqualTo(1);
            assertThat(r.lowStockThreshold()).isEqualTo(8);
        });
        assertThat(model.selectedProperty().get().item().name()).isEqualTo("Beans 500 g");
    }

    @Test
    void anEmptyNameIsShownAtTheNameAndEscapeClosesWithoutSaving(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> model.rows().size() == 2);
        robot.interact(() -> view.table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) != null);
        robot.targetWindow(dialog(robot).getScene().getWindow()); // typed characters go to the dialog, as the keyboard's do
        robot.write("NEW-2");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#productNameError").queryLabeled().getText())
                .isEqualTo(app.orderdesk.desktop.ui.Messages.text("product.error.nameRequired"));
        assertThat(robot.lookup("#productNameError").queryLabeled().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) == null);
        assertThat(api.productRequests).isEmpty();
    }

    /** h-b: a threshold that is not a whole number is named at its field, with the accessible name and help the others have. */
    @Test
    void aBadThresholdIsShownAtItsFieldAndNothingIsSent(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> model.rows().size() == 2);
        robot.interact(() -> view.table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) != null);
        robot.targetWindow(dialog(robot).getScene().getWindow());
        robot.write("NEW-3");
        robot.type(KeyCode.TAB);
        robot.write("Tea");
        robot.type(KeyCode.TAB);
        robot.write("2");
        TextField lowStock = robot.lookup("#productLowStock").queryAs(TextField.class);
        assertThat(lowStock.getAccessibleText()).isEqualTo(app.orderdesk.desktop.ui.Messages.text("a11y.product.lowStockThreshold"));
        assertThat(lowStock.getAccessibleHelp()).isNotBlank();
        assertThat(lowStock.getTooltip()).isNotNull();
        robot.interact(() -> lowStock.setText("-2"));
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#productLowStockError").queryLabeled().getText()).isEqualTo(
                app.orderdesk.desktop.ui.Messages.text("product.error.lowStockThreshold", ProductEditorViewModel.MAX_THRESHOLD));
        assertThat(robot.lookup("#productLowStockError").queryLabeled().isVisible()).isTrue();
        assertThat(api.productRequests).isEmpty();
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> dialog(robot) == null);
    }

    private static Node dialog(FxRobot robot) {
        return robot.lookup("#productDialog").tryQuery().orElse(null);
    }

    private static String focusedId(FxRobot robot) {
        Node dialog = dialog(robot);
        Node owner = dialog == null ? null : dialog.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
