package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screen readers say a control's accessible name: its accessible text, its own text (a button), or
 * the label whose labelFor points at it; then its help text. Walks the focusable controls of every
 * screen a manager has (all of them), and of sign-in, and fails on any focusable control without a
 * name, without accessible help, or without a tooltip (the help a mouse user sees).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesScreenTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.RECEIVED);
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void everyFocusableControlOnEveryScreenHasAnAccessibleName(FxRobot robot) {
        List<String> nameless = new ArrayList<>();
        List<String> helpless = new ArrayList<>();
        int checked = check("signIn", robot.lookup("#emailField").query().getScene().getRoot(), nameless, helpless);

        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            checked += check(tab.getId(), tab.getContent(), nameless, helpless);
        }
        checked += check("statusBar", robot.lookup("#statusBar").query(), nameless, helpless);

        System.out.println("Accessible names: " + checked + " focusable controls on " + (tabs.getTabs().size() + 1)
                + " screens, " + nameless.size() + " without a name, " + helpless.size() + " without help text or tooltip");
        assertThat(checked).isGreaterThan(40);
        assertThat(nameless).isEmpty();
        assertThat(helpless).as("focusable controls without accessible help or tooltip").isEmpty();
    }

    /** The inventory's dialogs are windows of their own: the same rules hold there. */
    @Test
    void everyControlOfTheInventoryDialogsHasANameAndHelp(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> "inventoryTab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        javafx.scene.control.TableView<?> table = robot.lookup("#inventoryTable").queryTableView();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        List<String> nameless = new ArrayList<>();
        List<String> helpless = new ArrayList<>();

        Clicks.on(robot, "#adjustButton");
        Node adjust = robot.lookup("#adjustDialog").query();
        int checked = check("adjustDialog", adjust, nameless, helpless);
        robot.interact(() -> adjust.getScene().getWindow().hide());
        Clicks.on(robot, "#importButton");
        Node importDialog = robot.lookup("#importDialog").query();
        checked += check("importDialog", importDialog, nameless, helpless);
        robot.interact(() -> importDialog.getScene().getWindow().hide());
        // h-b: the product dialog too (its low-stock threshold field is new)
        Clicks.on(robot, "#newProductButton");
        Node productDialog = robot.lookup("#productDialog").query();
        checked += check("productDialog", productDialog, nameless, helpless);
        robot.interact(() -> productDialog.getScene().getWindow().hide());

        System.out.println("Accessible names (dialogs): " + checked + " focusable controls, " + nameless.size()
                + " without a name, " + helpless.size() + " without help text or tooltip");
        assertThat(checked).isGreaterThan(3);
        assertThat(nameless).isEmpty();
        assertThat(helpless).isEmpty();
    }

    static int check(String screen, Node root, List<String> nameless, List<String> helpless) {
        List<Node> focusable = new ArrayList<>();
        collect(root, focusable);
        for (Node node : focusable) {
            String what = screen + ": " + node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
            if (name(node).isBlank()) {
                nameless.add(what);
            }
            boolean hasHelp = node.getAccessibleHelp() != null && !node.getAccessibleHelp().isBlank();
            boolean hasTooltip = node instanceof javafx.scene.control.Control control && control.getTooltip() != null
                    && !control.getTooltip().getText().isBlank();
            if (!hasHelp || !hasTooltip) {
                helpless.add(what + (hasHelp ? "" : " (no help)") + (hasTooltip ? "" : " (no tooltip)"));
            }
        }
        return focusable.size();
    }

    /** The name a screen reader says, as JavaFX works it out. */
    static String name(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        Parent top = node.getScene() == null ? null : node.getScene().getRoot();
        Label label = top == null ? null : labelFor(top, node);
        return label == null || label.getText() == null ? "" : label.getText();
    }

    private static Label labelFor(Node at, Node target) {
        if (at instanceof Label label && label.getLabelFor() == target) {
            return label;
        }
        if (at instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Label found = labelFor(child, target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable() && !(node instanceof TabPane)) {
            found.add(node);
            if (node instanceof ComboBoxBase<?> || node instanceof javafx.scene.control.Spinner<?>) {
                return; // their inner editor is part of them
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
