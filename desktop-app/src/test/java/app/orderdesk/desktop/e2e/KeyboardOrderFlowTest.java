package app.orderdesk.desktop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.order.DraftLine;
import app.orderdesk.desktop.order.StepWords;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Phone-speed entry against the local cloud: a three-line order, customer included, by keyboard only,
 * counting every key pressed (a capital letter counts its Shift, Ctrl+Enter counts two). Target ≤ 60.
 */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class KeyboardOrderFlowTest {

    static final int TARGET = 60;

    @TempDir
    static Path home;

    private DesktopDriver driver;

    @org.junit.jupiter.api.BeforeAll
    static void startLocalCloud() {
        // Outside @Start: a cold local cloud takes longer than TestFX waits for a window on a busy machine.
        app.orderdesk.localcloud.LocalCloud.shared();
        // The first window builds the Cognito client and the screens on a cold, shared 2-core machine.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        driver = new DesktopDriver(home);
        driver.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        driver.stop(robot);
    }

    @Test
    void aThreeLineOrderTakesAtMostSixtyKeystrokes(FxRobot robot) {
        driver.signIn(robot, "staff");
        OrderEntry.loadedProducts(robot);
        await().atMost(Duration.ofSeconds(10)).until(() -> app.orderdesk.desktop.Focus.ownerId(robot).equals("productField"));
        Keys keys = new Keys(robot);

        keys.write("chai");
        waitForMatch(robot, "chai");
        keys.type(KeyCode.ENTER);
        keys.write("moka");
        waitForMatch(robot, "moka");
        keys.type(KeyCode.TAB);
        keys.write("2");
        keys.type(KeyCode.ENTER);
        keys.write("scale");
        waitForMatch(robot, "scale");
        keys.type(KeyCode.ENTER);
        keys.type(KeyCode.ENTER); // on the empty product field: on to the customer
        assertThat(app.orderdesk.desktop.Focus.ownerId(robot)).isEqualTo("customerEmail");
        keys.write("ann@example.com");
        keys.type(KeyCode.TAB);
        keys.write("Ann Lee");
        keys.chord(KeyCode.CONTROL, KeyCode.ENTER);

        System.out.println("Keystrokes for a 3-line order, customer included: " + keys.count() + " (target ≤ " + TARGET + ")");
        assertThat(keys.count()).isLessThanOrEqualTo(TARGET);

        Label status = robot.lookup("#orderStatusLabel").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> StepWords.status(OrderStatus.COMPLETED).equals(status.getText()));
        // h-v: the workflow's steps are shown (pushed with each change, or read when the socket was not up yet)
        ListView<?> timeline = robot.lookup("#timelineList").queryListView();
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline.getItems().size() >= 6);
        TableView<DraftLine> lines = robot.lookup("#linesTable").queryTableView();
        assertThat(lines.getItems()).extracting(l -> l.product().name().toLowerCase(Locale.ROOT).split(" ")[0] + "×" + l.quantity())
                .hasSize(3);
        assertThat(lines.getItems()).extracting(DraftLine::quantity).containsExactly(1, 2, 1);
        assertThat(lines.getItems()).extracting(l -> l.product().name().toLowerCase(Locale.ROOT))
                .satisfiesExactly(n -> assertThat(n).contains("chai"), n -> assertThat(n).contains("moka"),
                        n -> assertThat(n).contains("scale"));
    }

    /** Waits (as a person glances at the list) until the highlighted suggestion matches what was typed. */
    private static void waitForMatch(FxRobot robot, String typed) {
        ListView<InventoryItemView> suggestions = robot.lookup("#productSuggestions").queryListView();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            InventoryItemView item = suggestions.getSelectionModel().getSelectedItem();
            return item != null && (item.name() + " " + item.sku()).toLowerCase(Locale.ROOT).contains(typed);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }


    /** Presses keys through the robot and counts them. */
    private static final class Keys {
        private final FxRobot robot;
        private int count;

        Keys(FxRobot robot) {
            this.robot = robot;
        }

        void write(String text) {
            robot.write(text);
            count += text.length() + (int) text.chars().filter(Character::isUpperCase).count();
        }

        void type(KeyCode key) {
            robot.type(key);
            count++;
        }

        void chord(KeyCode modifier, KeyCode key) {
            robot.press(modifier).press(key).release(key).release(modifier);
            count += 2;
        }

        int count() {
            return count;
        }
    }
}
