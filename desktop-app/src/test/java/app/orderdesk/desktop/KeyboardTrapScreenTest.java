package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import app.orderdesk.desktop.order.DraftLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No keyboard traps: on every focusable control of every screen, ↑ ↓ ← → Tab Enter Space Escape never
 * switch the screen and never change the draft (lines, customer) unless the control is meant to.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTrapScreenTest {

    private static final List<KeyCode> KEYS = List.of(KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT,
            KeyCode.TAB, KeyCode.ENTER, KeyCode.SPACE, KeyCode.ESCAPE);

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.RECEIVED);
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void everyKeyOnEveryControlKeepsTheScreenAndTheDraft(FxRobot robot) {
        TabPane tabs = desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        List<String> problems = new ArrayList<>();
        int pressed = walk(robot, tabs, tab -> true, problems);

        System.out.println("Keyboard-trap walk: " + pressed + " keys pressed on " + tabs.getTabs().size() + " screens");
        assertThat(pressed).isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    /** Issue 13's new parts: the card field (Card chosen) and the managers' store settings screen. */
    @Test
    void theCardFieldAndTheStoreSettingsKeepTheScreenAndTheDraft(FxRobot robot) {
        TabPane tabs = desk.signInAs(robot, FakeDesk.Role.MANAGER);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        Clicks.on(robot, "#customerEmail").write("ann@example.com");
        Clicks.on(robot, "#customerName").write("Ann Tester");
        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast());
        List<String> problems = new ArrayList<>();
        int pressed = walk(robot, tabs, tab -> Set.of("placeOrderTab", "storeSettingsTab").contains(tab.getId()), problems);

        System.out.println("Keyboard-trap walk (card field, store settings): " + pressed + " keys pressed");
        assertThat(pressed).isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    private int walk(FxRobot robot, TabPane tabs, java.util.function.Predicate<Tab> which, List<String> problems) {
        TableView<DraftLine> lines = robot.lookup("#linesTable").queryTableView();
        int pressed = 0;
        for (Tab tab : List.copyOf(tabs.getTabs()).stream().filter(which).toList()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node control : focusable(tab.getContent())) {
                for (KeyCode key : KEYS) {
                    if ((key == KeyCode.ENTER || key == KeyCode.SPACE) && control instanceof ButtonBase) {
                        continue; // pressing a button is meant to act
                    }
                    if (key == KeyCode.SPACE && control instanceof TextInputControl) {
                        continue; // a space typed in a text field is typing
                    }
                    onFx(() -> {
                        control.requestFocus();
                        if (control instanceof TextInputControl text) {
                            text.end(); // the caret at the end, nothing selected: as after typing
                        }
                    });
                    String draftBefore = draft(robot, lines);
                    press(robot, key);
                    pressed++;
                    closePopupsAndDialogs(robot);
                    String where = tab.getId() + " " + describe(control) + " " + key;
                    if (tabs.getSelectionModel().getSelectedItem() != tab) {
                        problems.add(where + " switched to " + tabs.getSelectionModel().getSelectedItem().getId());
                        robot.interact(() -> tabs.getSelectionModel().select(tab));
                    }
                    String draftNow = draft(robot, lines);
                    if (!draftNow.equals(draftBefore)) {
                        problems.add(where + " changed the draft to " + draftNow);
                    }
                }
            }
        }
        return pressed;
    }

    /**
     * Presses and releases {@code key} as {@code robot.type} does (through the glass robot, to the focused window),
     * and waits until JavaFX has handled both, without type's fixed 25 ms pause after each key.
     */
    private static void press(FxRobot robot, KeyCode key) {
        KeyboardRobot keyboard = robot.robotContext().getKeyboardRobot();
        keyboard.pressNoWait(key);
        keyboard.release(key); // waits for the FX events
    }

    private static String draft(FxRobot robot, TableView<DraftLine> lines) {
        String email = robot.lookup("#customerEmail").queryAs(TextField.class).getText();
        String name = robot.lookup("#customerName").queryAs(TextField.class).getText();
        return lines.getItems() + " | " + email + " | " + name;
    }

    private List<Node> focusable(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable() && !(node instanceof TabPane)) {
            found.add(node);
            // A control's own inner parts (a combo's editor, a spinner's field) are not separate stops.
            if (node instanceof ComboBoxBase<?> || node instanceof javafx.scene.control.Spinner<?>) {
                return;
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private void closePopupsAndDialogs(FxRobot robot) {
        onFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage && w.isShowing())
                .forEach(w -> {
                    if (w instanceof PopupWindow || w instanceof Stage) {
                        w.hide();
                    }
                }));
    }

    /**
     * Runs {@code action} on the FX thread, returns when it has run and the events it queued have been handled
     * (one more round trip). {@code robot.interact} waits five round trips with 10 ms pauses (about 50 ms): the
     * walk does two of these per key, about 500 keys, so that alone was half of this test's 72 s. The key press
     * itself still waits as {@code robot.type} does (the keyboard robot's release).
     */
    private static void onFx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX action failed", e);
        }
        WaitForAsyncUtils.waitForFxEvents(1);
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }
}
