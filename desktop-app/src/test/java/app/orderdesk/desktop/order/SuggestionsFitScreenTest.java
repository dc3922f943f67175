package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.CutTexts;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
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
 * The product field's suggestions at 1024×640 with a long product name: walked by hand in session 10 (German),
 * "CLN-DSC-120 — Espresso Machine Cleaning Tablets (120) — $14.90 — 52 verfügbar" ran past the list's right edge
 * (its stock cut, a sideways scroll bar). In English a longer name does the same. A suggestion longer than the list
 * wraps, whole.
 * English here: several desk classes read their words once per JVM, so a German case would leave German words to
 * the screen tests that run after it in the same JVM.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsFitScreenTest {

    @TempDir
    static Path home;

    private static final InventoryItemView TABLETS = new InventoryItemView("p-tabs", "CLN-DSC-120",
            "Espresso Machine Cleaning Tablets, Organic Citrus (120)", 1490, 52, 0, 10, false);
    private static final InventoryItemView TAMPER = new InventoryItemView("p-tamp", "ACC-TMP-58",
            "Espresso Tamper 58 mm", 2490, 25, 0, 5, false);

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void aLongSuggestionWrapsWholeWithoutASidewaysScrollBar(FxRobot robot) {
        ListView<InventoryItemView> suggestions = taSuggestedAt1024x640(robot);

        List<CutTexts.Cut> cut = new ArrayList<>();
        List<Boolean> sideways = new ArrayList<>();
        robot.interact(() -> {
            cut.addAll(CutTexts.under("suggestions 1024x640", suggestions));
            suggestions.lookupAll(".scroll-bar").stream()
                    .filter(bar -> bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.HORIZONTAL)
                    .forEach(bar -> sideways.add(bar.isVisible()));
        });
        cut.forEach(c -> System.out.println("suggestion at 1024x640: " + c));

        assertThat(cut).as("suggestions cut").isEmpty();
        assertThat(sideways).as("a visible sideways scroll bar").doesNotContain(true);
    }

    /**
     * Walked with the cloud frozen, session 20: "Searching…" stood beside the product field while an answer was slow and
     * the field narrowed by its width. It now lies over the dimmed suggestions; the field keeps its width.
     */
    @Test
    void aSlowSearchSaysSoOverTheSuggestionsWithoutNarrowingTheField(FxRobot robot) {
        ListView<InventoryItemView> suggestions = taSuggestedAt1024x640(robot);
        javafx.scene.Node field = robot.lookup("#productField").query();
        javafx.scene.Node searching = robot.lookup("#productSearching").query();
        double widthBefore = field.getBoundsInParent().getWidth();

        api.inventoryAnswers = new java.util.concurrent.CountDownLatch(1);
        try {
            robot.write("m");
            await().atMost(Duration.ofSeconds(10)).until(searching::isVisible);
            WaitForAsyncUtils.waitForFxEvents();
            double[] widthWhileSlow = new double[1];
            boolean[] overTheList = new boolean[1];
            robot.interact(() -> {
                widthWhileSlow[0] = field.getBoundsInParent().getWidth();
                javafx.geometry.Bounds list = suggestions.localToScene(suggestions.getBoundsInLocal());
                javafx.geometry.Bounds note = searching.localToScene(searching.getBoundsInLocal());
                overTheList[0] = list.contains(note) && note.getWidth() > 0;
            });
            assertThat(widthWhileSlow[0]).as("the product field's width while searching").isEqualTo(widthBefore);
            assertThat(overTheList[0]).as("\"Searching…\" lies within the suggestions").isTrue();
        } finally {
            api.inventoryAnswers.countDown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !searching.isVisible());
    }

    /** Staff at 1024x640 with "ta" typed: both products suggested. */
    private ListView<InventoryItemView> taSuggestedAt1024x640(FxRobot robot) {
        api.inventoryPages.put("", new Page<>(List.of(TABLETS, TAMPER), null));
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        Clicks.on(robot, "#productField").write("ta");
        ListView<InventoryItemView> suggestions = robot.lookup("#productSuggestions").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> suggestions.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        return suggestions;
    }
}
