package app.orderdesk.desktop.settings;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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

/** The store settings screen per role: managers edit and see the server's complaints at the fields; others never see it. */
@ExtendWith(ApplicationExtension.class)
class StoreSettingsScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aManagerEditsBySomeKeyboardAndSeesTheServersComplaintAtTheField(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "storeSettingsTab".equals(t.getId())).findFirst().orElseThrow()));
        TextField name = robot.lookup("#settings-name").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Order Desk".equals(name.getText()));

        api.storeSettingsHook = r -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "The settings are not valid",
                    List.of(new ApiError.Detail("email", "is not an email address"))));
        };
        Clicks.on(robot, "#settings-email").write("not-an-email");
        Clicks.on(robot, "#settings-taxRateBasisPoints").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("19");
        Clicks.on(robot, "#settingsSaveButton");

        Label emailError = robot.lookup("#settingsError-email").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "is not an email address".equals(emailError.getText()));
        assertThat(emailError.isVisible()).isTrue();
        assertThat(robot.lookup("#settingsError-name").queryAs(Label.class).isVisible()).isFalse();
        assertThat(api.savedSettings).singleElement().satisfies(r -> assertThat(r.taxRateBasisPoints()).isEqualTo(1900));

        // The keyboard goes to the field the server complained about (Save, disabled while it ran, had lost it).
        await().atMost(Duration.ofSeconds(10)).until(() -> "settings-email".equals(app.orderdesk.desktop.Focus.ownerId(robot)));

        api.storeSettingsHook = null;
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("shop@example.com");
        assertThat(emailError.isVisible()).as("the complaint goes once the field changes").isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL); // saves from the field
        await().atMost(Duration.ofSeconds(10)).until(() -> api.savedSettings.size() == 2);
        assertThat(api.savedSettings.get(1).email()).isEqualTo("shop@example.com");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).as("after Ctrl+S the keyboard stays where it was").isEqualTo("settings-email");
    }

    /** Audit, session 33: F5 on the tab (the desk's refresh key) dropped a manager's typing without a word. */
    @Test
    void f5WithUnsavedChangesAsksAndKeepsThemUnlessTheyAreDropped(FxRobot robot) {
        TextField name = openTheSettingsAsAManager(robot);
        javafx.scene.control.TextInputControl footer = robot.lookup("#settings-receiptFooter").queryAs(javafx.scene.control.TextInputControl.class);
        int reads = api.settingsReads();

        robot.interact(footer::requestFocus);
        robot.write("Thank you for your order");
        robot.type(KeyCode.F5);
        await().atMost(Duration.ofSeconds(10)).until(() -> question() != null);
        javafx.stage.Window question = question();
        assertThat(question.getScene().lookup("#settingsDropChangesButton").getAccessibleHelp()).isNotBlank();
        javafx.scene.control.Button keepChanges = (javafx.scene.control.Button) question.getScene().lookup("#settingsKeepChangesButton");
        assertThat(keepChanges.isDefaultButton() && keepChanges.isCancelButton()).as("Enter and Esc keep them (the keys: see DraftQuestions)").isTrue();
        robot.interact(keepChanges::fire);
        await().atMost(Duration.ofSeconds(10)).until(() -> question() == null);
        assertThat(footer.getText()).isEqualTo("Thank you for your order");
        assertThat(api.settingsReads()).as("not reloaded").isEqualTo(reads);

        robot.targetWindow(footer.getScene().getWindow());
        robot.interact(footer::requestFocus);
        robot.type(KeyCode.F5);
        await().atMost(Duration.ofSeconds(10)).until(() -> question() != null);
        robot.interact(() -> ((javafx.scene.control.Button) question().getScene().lookup("#settingsDropChangesButton")).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> footer.getText().isEmpty());
        assertThat(api.settingsReads()).isEqualTo(reads + 1);

        // nothing changed now: F5 reloads without a question
        robot.targetWindow(footer.getScene().getWindow());
        robot.interact(footer::requestFocus);
        robot.type(KeyCode.F5);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.settingsReads() == reads + 2);
        assertThat(question()).isNull();
    }

    /** Session 33: signing out (or closing the window) with unsaved store settings dropped them without a word. */
    @Test
    void signingOutWithUnsavedSettingsAsksAndKeepingShowsThemToBeSaved(FxRobot robot) {
        TextField name = openTheSettingsAsAManager(robot);
        javafx.scene.control.TextInputControl footer = robot.lookup("#settings-receiptFooter").queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> footer.setText("Thank you for your order"));
        FakeDesk.openTab(robot, "ordersTab"); // elsewhere when signing out

        javafx.application.Platform.runLater(() -> robot.lookup("#signOutButton").queryButton().fire());
        javafx.stage.Window asked = leaveQuestion();
        javafx.scene.control.Button keep = (javafx.scene.control.Button) asked.getScene().lookup("#settingsLeaveKeepButton");
        assertThat(keep.isDefaultButton() && keep.isCancelButton()).as("Enter and Esc keep them (the keys: see DraftQuestions)").isTrue();
        robot.interact(keep::fire);
        await().atMost(Duration.ofSeconds(10)).until(() -> !asked.isShowing());
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).as("shown to be saved").isEqualTo("storeSettingsTab");
        assertThat(footer.getText()).isEqualTo("Thank you for your order");

        javafx.application.Platform.runLater(() -> robot.lookup("#signOutButton").queryButton().fire());
        javafx.stage.Window again = leaveQuestion();
        robot.interact(() -> ((javafx.scene.control.Button) again.getScene().lookup("#settingsLeaveDropButton")).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
    }

    /** The leave question once it shows with the keyboard on "Keep my changes". */
    private static javafx.stage.Window leaveQuestion() {
        await().atMost(Duration.ofSeconds(10)).until(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene() != null && w.getScene().getFocusOwner() != null
                && "settingsLeaveKeepButton".equals(w.getScene().getFocusOwner().getId())));
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#settingsLeaveDropButton") != null)
                .findFirst().orElseThrow();
    }

    private static javafx.stage.Window question() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#settingsDropChangesButton") != null)
                .findFirst().orElse(null);
    }

    /** Walked at 1024x640, session 21: the tax rate's complaint was half hidden above the buttons. */
    @Test
    void aComplaintUnderAFieldAtTheBottomEdgeScrollsIntoView(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        robot.interact(() -> {
            javafx.stage.Window window = robot.lookup("#mainTabs").query().getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(640);
        });
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "storeSettingsTab".equals(t.getId())).findFirst().orElseThrow()));
        TextField name = robot.lookup("#settings-name").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Order Desk".equals(name.getText()));
        javafx.scene.control.ScrollPane scroller = robot.lookup("#settingsScroller").queryAs(javafx.scene.control.ScrollPane.class);
        TextField rate = robot.lookup("#settings-taxRateBasisPoints").queryAs(TextField.class);
        robot.interact(() -> {
            // the tax rate's field as the last thing in view, as it was in the walk
            javafx.geometry.Bounds field = rate.localToScene(rate.getBoundsInLocal());
            javafx.geometry.Bounds view = scroller.localToScene(scroller.getBoundsInLocal());
            double content = scroller.getContent().getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(Math.min(1, Math.max(0, scroller.getVvalue() + (field.getMaxY() + 2 - view.getMaxY()) / content)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            rate.setText("150");
            robot.lookup("#settingsSaveButton").queryButton().fire();
        });
        Label error = robot.lookup("#settingsError-taxRateBasisPoints").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !error.getText().isEmpty());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            double[] seen = new double[2];
            robot.interact(() -> {
                javafx.geometry.Bounds shown = error.localToScene(error.getBoundsInLocal());
                javafx.geometry.Bounds view = scroller.localToScene(scroller.getBoundsInLocal());
                seen[0] = Math.min(shown.getMaxY(), view.getMaxY()) - Math.max(shown.getMinY(), view.getMinY());
                seen[1] = shown.getHeight();
            });
            assertThat(seen[0]).as("of the complaint's %s px, seen in the scroller", seen[1]).isGreaterThanOrEqualTo(seen[1] - 1);
        });
    }

    /**
     * Each field's help line sits with its field: the next field starts clearly further below it than the help line
     * sits under its own field (walked by hand, session 10: 4 px either way, so a help line read as the next field's).
     */
    @Test
    void aHelpLineSitsWithItsOwnField(FxRobot robot) {
        TextField name = openTheSettingsAsAManager(robot);
        List<String> crowded = new java.util.ArrayList<>();
        robot.interact(() -> {
            StoreField[] fields = StoreField.values();
            for (int i = 0; i + 1 < fields.length; i++) {
                javafx.geometry.Bounds input = bounds(robot, "#settings-" + fields[i].apiName());
                javafx.geometry.Bounds help = bounds(robot, "#settingsHelp-" + fields[i].apiName());
                javafx.geometry.Bounds next = bounds(robot, "#settings-" + fields[i + 1].apiName());
                double underItsField = help.getMinY() - input.getMaxY();
                double toTheNextField = next.getMinY() - help.getMaxY();
                if (toTheNextField < underItsField + 6) {
                    crowded.add(fields[i].apiName() + ": " + underItsField + " px under its field, " + toTheNextField + " px to the next");
                }
            }
        });
        assertThat(crowded).as("help lines as close to the next field as to their own").isEmpty();
    }

    private static javafx.geometry.Bounds bounds(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }

    /** issue 13: the saved logo shows in the preview; Remove logo empties it and the next save sends none. */
    @Test
    void theSavedLogoIsPreviewedAndRemoveLogoTakesItOff(FxRobot robot) throws Exception {
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Logo Shop", "", "", "", "", 0, "USD", "en-US", "UTC", "",
                "mia", "2026-11-29T00:00:00Z", java.util.Base64.getEncoder().encodeToString(png.toByteArray()));
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "storeSettingsTab".equals(t.getId())).findFirst().orElseThrow()));
        javafx.scene.image.ImageView preview = robot.lookup("#settingsLogoPreview").queryAs(javafx.scene.image.ImageView.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> preview.getImage() != null);
        assertThat(preview.getImage().getWidth()).isEqualTo(120);
        assertThat(robot.lookup("#settingsLogoNone").queryAs(Label.class).isVisible()).isFalse();

        // By keyboard: at the default size the logo row is below the scroll pane's fold.
        javafx.scene.control.Button remove = robot.lookup("#settingsLogoRemove").queryButton();
        robot.interact(remove::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(preview.getImage()).isNull();
        assertThat(robot.lookup("#settingsLogoNone").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#settingsLogoRemove").queryButton().isDisabled()).as("nothing left to remove").isTrue();
        Clicks.on(robot, "#settingsSaveButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.savedSettings.size() == 1);
        assertThat(api.savedSettings.getFirst().logo()).isNull();
    }

    /** h-b: categories are typed by name; under the list, the desk's words for those it knows (unknown ones have none). */
    @Test
    void theCategoryListShowsTheDesksWordsForTheNamesTyped(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "storeSettingsTab".equals(t.getId())).findFirst().orElseThrow()));
        TextField name = robot.lookup("#settings-name").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Order Desk".equals(name.getText()));
        javafx.scene.control.TextInputControl rates = robot.lookup("#settings-categoryTaxRates").queryAs(javafx.scene.control.TextInputControl.class);
        Label words = robot.lookup("#settingsCategoryWords").queryAs(Label.class);

        robot.interact(() -> rates.setText("tea-leaves = 7"));
        assertThat(words.isVisible()).as("no words for a name the desk does not know").isFalse();
        robot.interact(() -> rates.setText("food = 7\nbooks = 7\ntea-leaves = 5"));

        assertThat(words.isVisible()).isTrue();
        assertThat(words.getText()).isEqualTo(app.orderdesk.desktop.ui.Messages.text("category.legend",
                app.orderdesk.desktop.ui.Messages.text("category.legend.item", "food", app.orderdesk.desktop.ui.Messages.text("category.name.food"))
                        + " · " + app.orderdesk.desktop.ui.Messages.text("category.legend.item", "books",
                        app.orderdesk.desktop.ui.Messages.text("category.name.books"))));
        assertThat(words.getText()).doesNotContain("tea-leaves");
    }

    /** ADR 0080: the zone is the deployment's; the desk shows it (in the Tab order, to read or copy) and sends it back as it came. */
    @Test
    void theTimeZoneIsShownButTypingDoesNotChangeIt(FxRobot robot) {
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Kaffeehaus", "", "", "", "", 1900, "EUR", "de-DE",
                "Europe/Berlin", "", null, null, null, java.util.Map.of());
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "storeSettingsTab".equals(t.getId())).findFirst().orElseThrow()));
        TextField zone = robot.lookup("#settings-timeZone").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Europe/Berlin".equals(zone.getText()));

        robot.interact(zone::requestFocus); // below the fold of the test's window: the keyboard, not a click
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("UTC").press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).isEqualTo("settings-timeZone");
        assertThat(zone.getText()).isEqualTo("Europe/Berlin");
        assertThat(robot.lookup("#settingsHelp-timeZone").queryAs(Label.class).getText()).contains("StoreTimeZone");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.savedSettings.size() == 1);
        assertThat(api.savedSettings.getFirst().timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void staffDoNotSeeTheScreen(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        assertThat(tabIds(robot)).doesNotContain("storeSettingsTab");
        assertThat(robot.lookup("#storeSettingsScreen").tryQuery()).isEmpty();
    }

    @Test
    void supportDoNotSeeTheScreen(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.SUPPORT);
        assertThat(tabIds(robot)).doesNotContain("storeSettingsTab");
        assertThat(robot.lookup("#storeSettingsScreen").tryQuery()).isEmpty();
    }

    private static List<String> tabIds(FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(TabPane.class).getTabs().stream().map(t -> t.getId()).toList();
    }


    /** A manager signs in and opens Store settings; answers its name field once the settings are read into it. */
    private TextField openTheSettingsAsAManager(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "storeSettingsTab");
        TextField name = robot.lookup("#settings-name").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Order Desk".equals(name.getText()));
        return name;
    }
}
