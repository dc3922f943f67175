package app.orderdesk.desktop.tools;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import app.orderdesk.desktop.ui.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNGs of issue 13's new screens (store settings, the card field, the new-password rules) in both
 * themes at 1024×640 and 1600×1000, against the fake API (no local cloud needed). Off by default:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -q -pl desktop-app -am verify -Dtest=NewScreensScreenshots
 * -Dscreenshots=true -Dtestfx.platform.args= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class NewScreensScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");
    private static final List<int[]> SIZES = List.of(new int[] {1024, 640}, new int[] {1600, 1000});

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.RECEIVED);
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Kaffeehaus Ost", "Hauptstraße 5\n10115 Berlin",
                "+49 30 1234567", "laden@example.com", "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin",
                "Danke für Ihren Einkauf! Rückgabe binnen 14 Tagen.", "manager@example.com", "2026-11-28T17:05:00Z",
                logoBase64());
        desk = FakeDesk.open(stage, auth, api);
    }

    /** The store's logo on the settings screen (the receipt screenshots draw the same one). */
    private static String logoBase64() {
        try {
            return java.util.Base64.getEncoder().encodeToString(ReceiptScreenshots.logo());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void newScreensInBothThemesAtTwoSizes(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        desk.signInAs(robot, FakeDesk.Role.MANAGER);

        // The card field: a card typed and tokenised, a second line on its way.
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        OrderEntry.typeInto(robot, "#customerEmail", "ann@example.com");
        OrderEntry.typeInto(robot, "#customerName", "Ann Lee");
        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast());
        OrderEntry.typeInto(robot, "#cardNumber", "4242424242424242");
        robot.write("1234").write("123");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#cardSummary").queryLabeled().getText().contains("4242"));
        shootAll(robot, "card-entry");

        // Store settings with the server's complaint under a field.
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        FakeDesk.openTab(robot, "storeSettingsTab");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#settings-name").queryTextInputControl().getText().startsWith("Kaffee"));
        api.storeSettingsHook = r -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "The settings are not valid",
                    List.of(new ApiError.Detail("email", "is not an email address"))));
        };
        Clicks.on(robot, "#settings-email").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("laden(at)example");
        Clicks.on(robot, "#settingsSaveButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#settingsError-email").queryLabeled().isVisible());
        shootAll(robot, "store-settings");

        // The new-password rules, half met.
        // fire(), not a click: at 1600×1000 on a 1600×1000 display the window's frame pushes the status bar off screen.
        robot.interact(() -> robot.lookup("#signOutButton").queryButton().fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
        auth.temporaryPassword = true;
        Clicks.on(robot, "#emailField").eraseText(40).write("manager@example.com");
        Clicks.on(robot, "#passwordField").write("Secret-123");
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#newPasswordField").query().isVisible());
        Clicks.on(robot, "#newPasswordField").write("summer2026");
        shootAll(robot, "new-password");
    }

    private void shootAll(FxRobot robot, String name) throws IOException {
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                // The form scrolls at 1024×640: show its lower part, where the card field is.
                robot.interact(() -> robot.lookup("#orderFormScroller").tryQuery()
                        .ifPresent(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // layout settles before the picture
                WritableImage[] image = new WritableImage[1];
                robot.interact(() -> image[0] = stage.getScene().snapshot(null));
                Path file = OUT.resolve(name + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + size[0] + "x" + size[1] + ".png");
                ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
            }
        }
        robot.interact(Theme.LIGHT::apply);
    }
}
