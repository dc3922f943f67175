package app.orderdesk.desktop;

import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import java.time.Duration;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Adds order lines the way staff do: type in the product field, wait for the match, Enter. */
public final class OrderEntry {

    private OrderEntry() {}

    /** Types {@code product}'s SKU, waits until it is the highlighted match, then adds {@code quantity} of it. */
    public static void addLine(FxRobot robot, InventoryItemView product, int quantity) {
        TextField field = robot.lookup("#productField").queryAs(TextField.class);
        Clicks.on(robot, field).write(product.sku());
        ListView<InventoryItemView> suggestions = robot.lookup("#productSuggestions").queryListView();
        // Read on the FX thread: the list changes there as the filter runs, and iterating it from Awaitility's poller
        // thread threw ConcurrentModificationException once in CI (session 16).
        await().atMost(Duration.ofSeconds(20)).until(() -> WaitForAsyncUtils.asyncFx(() -> suggestions.getItems().stream()
                .anyMatch(p -> p.productId().equals(product.productId())) && suggestions.getSelectionModel().getSelectedItem() != null)
                .get(10, java.util.concurrent.TimeUnit.SECONDS));
        robot.interact(() -> suggestions.getSelectionModel().select(
                suggestions.getItems().stream().filter(p -> p.productId().equals(product.productId())).findFirst().orElseThrow()));
        if (quantity != 1) {
            robot.type(KeyCode.TAB).write(String.valueOf(quantity));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One {@code product} for Ann Tester, sent with the Submit button (the form's fields set, not typed). */
    public static void submitOneFor(FxRobot robot, InventoryItemView product) {
        addLine(robot, product, 1);
        robot.interact(() -> {
            robot.lookup("#customerEmail").queryAs(TextField.class).setText("ann@example.com");
            robot.lookup("#customerName").queryAs(TextField.class).setText("Ann Tester");
            robot.lookup("#submitOrderButton").queryButton().fire();
        });
    }

    /**
     * Puts the keyboard in {@code field} (as Tab would, scrolling it into view) and types {@code text}: a click would
     * miss a field below the fold of a small window.
     */
    public static void typeInto(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).query().requestFocus());
        robot.write(text);
    }

    /** The products the product field loaded at start (the suggestions list holds them while the field is empty). */
    public static java.util.List<InventoryItemView> loadedProducts(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#productSuggestions").tryQuery().isPresent());
        ListView<InventoryItemView> suggestions = robot.lookup("#productSuggestions").queryListView();
        await().atMost(Duration.ofSeconds(30)).until(() -> !suggestions.getItems().isEmpty());
        return java.util.List.copyOf(suggestions.getItems());
    }
}
