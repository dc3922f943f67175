package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.localcloud.LocalCloud;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
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

/** End to end against the in-process local cloud: sign in as staff, place an order, see its receipt. */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class PlaceOrderFlowTest {

    @TempDir
    static Path home;

    private static LocalCloud cloud;
    private AppServices services;

    @BeforeAll
    static void startLocalCloud() {
        cloud = LocalCloud.shared();
        // The app finds its profile the way it does in production: <orderdesk.home>/profiles/local.json.
        System.setProperty(ProfileStore.HOME_PROPERTY, home.toString());
        new ProfileStore(home).save(cloud.profile());
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ConnectionProfile profile = ProfileStore.fromEnvironment().load(ProfileStore.DEFAULT_PROFILE);
        services = AppServices.production(profile);
        new AppWindow(stage, services).show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        if (services != null) {
            services.resources().close();
        }
    }

    @Test
    void staffPlaceATwoLineOrderAndSeeItCompleteWithAReceipt(FxRobot robot) {
        var staff = cloud.demoUser("staff");
        Clicks.on(robot, "#emailField").write(staff.username());
        Clicks.on(robot, "#passwordField").write(staff.password());
        Clicks.on(robot, "#signInButton");

        var inStock = OrderEntry.loadedProducts(robot).stream()
                .filter(item -> item.available() >= 3)
                .limit(2)
                .toList();
        assertThat(inStock).as("products with stock in the local cloud's seed").hasSize(2);

        OrderEntry.addLine(robot, inStock.get(0), 2);
        OrderEntry.addLine(robot, inStock.get(1), 1);
        Clicks.on(robot, "#customerEmail").write("ann.tester@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        Clicks.on(robot, "#submitOrderButton");

        Label status = robot.lookup("#orderStatusLabel").queryAs(Label.class);
        ImageView receipt = robot.lookup("#receiptPreview").queryAs(ImageView.class);
        await().atMost(Duration.ofSeconds(60))
                .failFast("the order ended without completing", () -> endedWithoutCompleting(status))
                .until(() -> app.orderdesk.desktop.order.StepWords.status(OrderStatus.COMPLETED).equals(status.getText()) && receipt.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#orderNumberLabel").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#linesTable").queryTableView().getItems()).hasSize(2);
        assertThat(receipt.getImage().getWidth()).isGreaterThan(100);
    }

    private static boolean endedWithoutCompleting(Label status) {
        String text = status.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        return java.util.Arrays.stream(OrderStatus.values())
                .filter(s -> s.isFinal() && s != OrderStatus.COMPLETED)
                .anyMatch(s -> app.orderdesk.desktop.order.StepWords.status(s).equals(text));
    }
}
