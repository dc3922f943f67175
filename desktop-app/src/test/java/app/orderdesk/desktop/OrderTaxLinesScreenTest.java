package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * issue 13: under the lines the order form shows the subtotal, one tax line per rate and the total, as
 * the receipt will (the shared OrderTotals rule, the store's rates from GET /store-settings: 19 % by
 * default, food 7 %), and they follow the lines as they change.
 */
@ExtendWith(ApplicationExtension.class)
class OrderTaxLinesScreenTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.storeSettingsView = new StoreSettingsView("Laden", "", "", "", "", 1900, "USD", "en-US", "UTC", "", "mia", null, null,
                Map.of("food", 700));
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsSubtotalTaxByRateAndTotalAsTheServerWill(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);

        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        // 25.00 at 19 %: 25.00 × 19/119 = 3.9916 → 3.99
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#orderTax-1900").tryQuery().isPresent());
        assertThat(text(robot, "#orderSubtotal")).isEqualTo("Subtotal (excl. tax) $21.01");
        assertThat(text(robot, "#orderTax-1900")).isEqualTo("Tax 19 % $3.99");
        assertThat(text(robot, "#orderTotal")).isEqualTo("Total $25.00");

        OrderEntry.addLine(robot, FakeApiClient.TEA, 1);
        // + 4.99 of food at 7 %: 4.99 × 7/107 = 0.3264 → 0.33; subtotal 29.99 − 3.99 − 0.33 = 25.67
        assertThat(text(robot, "#orderTax-700")).isEqualTo("Tax 7 % $0.33");
        assertThat(text(robot, "#orderTax-1900")).isEqualTo("Tax 19 % $3.99");
        assertThat(text(robot, "#orderSubtotal")).isEqualTo("Subtotal (excl. tax) $25.67");
        assertThat(text(robot, "#orderTotal")).isEqualTo("Total $29.99");
        assertThat(robot.lookup("#orderTaxRows").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("one line per rate, lowest first").extracting(n -> ((Label) n).getText())
                .containsExactly("Tax 7 % $0.33", "Tax 19 % $3.99");
    }
}
