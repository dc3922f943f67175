package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Focus order follows reading order. On every screen (sign-in and each of a manager's tabs) Tab is
 * pressed from the screen's start until focus comes back round, and the controls it reaches are
 * checked against what a reader sees:
 * <ul>
 *   <li>every visible, enabled, focusable control of the screen is reached;</li>
 *   <li>no pair is out of reading order: for every two controls reached, the later one must not
 *       read before the earlier one.</li>
 * </ul>
 * Reading order: top-to-bottom rows, left-to-right within a row. Two boxes are in the <em>same
 * row</em> when their vertical extents (scene bounds) overlap by more than {@value #ROW_TOLERANCE}
 * px; otherwise the higher one reads first. Within a row the one further left (by more than
 * {@value #ROW_TOLERANCE} px) reads first. A pane of a split and a scroll pane's content are read as
 * one block, as people read a column or a panel before moving on: controls in different blocks
 * compare by their blocks (split panes by item order, other blocks by their bounds), so the form's
 * column is read before the progress column beside it, whatever the rows inside them.
 */
@ExtendWith(ApplicationExtension.class)
class FocusOrderScreenTest {

    /** Vertical overlap, in px, above which two controls share a row (and nudges of 1–2 px do not reorder). */
    static final double ROW_TOLERANCE = 2;

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
    void tabReachesEveryControlOfEveryScreenInReadingOrder(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        Node signIn = robot.lookup("#emailField").query().getScene().getRoot();
        int reached = walk(robot, "signIn", signIn, null, problems);

        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 2);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        int screens = 1;
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            reached += walk(robot, tab.getId(), tab.getContent(), tabs, problems);
            screens++;
        }
        // The card field only shows while Card is the payment choice: walk the form once more with it.
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast());
        WaitForAsyncUtils.waitForFxEvents();
        reached += walk(robot, "placeOrderTab (Card)", tabs.getTabs().getFirst().getContent(), tabs, problems);

        System.out.println("Focus order: " + reached + " controls reached by Tab on " + screens + " screens (+ the card form), "
                + problems.size() + " problems");
        assertThat(reached).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    /** The inventory's two dialogs (adjust stock, import counts): their own windows, their own Tab cycles. */
    @Test
    void tabFollowsReadingOrderInTheInventoryDialogs(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> "inventoryTab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        javafx.scene.control.TableView<?> table = robot.lookup("#inventoryTable").queryTableView();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));

        Clicks.on(robot, "#adjustButton");
        Node adjust = robot.lookup("#adjustDialog").query();
        int reached = walk(robot, "adjustDialog", adjust, null, problems);
        robot.interact(() -> adjust.getScene().getWindow().hide());

        Clicks.on(robot, "#importButton");
        Node importDialog = robot.lookup("#importDialog").query();
        reached += walk(robot, "importDialog", importDialog, null, problems);
        robot.interact(() -> importDialog.getScene().getWindow().hide());

        System.out.println("Focus order (dialogs): " + reached + " controls reached by Tab, " + problems.size() + " problems");
        assertThat(reached).isGreaterThan(3);
        assertThat(problems).isEmpty();
    }

    /**
     * The refund dialog (its own window) and the first-run screen (the app's first window on a new
     * machine): Tab follows reading order, reaches every control, and each has a name and help text.
     */
    @Test
    void tabFollowsReadingOrderAndEveryControlIsNamedInTheRefundDialogAndFirstRun(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> nameless = new ArrayList<>();
        List<String> helpless = new ArrayList<>();
        java.time.Instant at = java.time.Instant.parse("2026-11-28T15:42:00Z");
        app.orderdesk.api.OrderView order = new app.orderdesk.api.OrderView("o-1", "OD-000042", OrderStatus.COMPLETED, null,
                new app.orderdesk.api.CustomerDetails("ann@example.com", "Ann", null),
                List.of(new app.orderdesk.api.OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1250, 2500),
                        new app.orderdesk.api.OrderLineView("p-tea", "TEA-7", "Green tea", 1, 499, 499)),
                2999, "USD", "pay-1", true, at, at);
        AtomicReference<app.orderdesk.desktop.refunds.RefundDialog> refund = new AtomicReference<>();
        robot.interact(() -> {
            app.orderdesk.desktop.refunds.RefundDialog dialog = new app.orderdesk.desktop.refunds.RefundDialog(
                    new app.orderdesk.desktop.refunds.RefundViewModel(api, new app.orderdesk.desktop.infra.SameThreadExecutor(), order),
                    robot.lookup("#emailField").query().getScene().getWindow());
            refund.set(dialog);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node refundRoot = refund.get().root();
        int reached = walk(robot, "refundDialog", refundRoot, null, problems);
        int named = AccessibleNamesScreenTest.check("refundDialog", refundRoot, nameless, helpless);
        robot.interact(() -> refund.get().stage().hide());

        java.nio.file.Path home = java.nio.file.Files.createTempDirectory("first-run");
        app.orderdesk.desktop.infra.FxBackgroundExecutor executor = new app.orderdesk.desktop.infra.FxBackgroundExecutor();
        try {
            AtomicReference<Stage> firstRun = new AtomicReference<>();
            robot.interact(() -> {
                app.orderdesk.desktop.firstrun.FirstRunViewModel model = new app.orderdesk.desktop.firstrun.FirstRunViewModel(
                        new app.orderdesk.desktop.infra.ProfileStore(home), executor, profile -> null, profile -> { });
                Stage window = new Stage();
                window.setScene(new javafx.scene.Scene(new app.orderdesk.desktop.firstrun.FirstRunView(model).root(), 900, 780));
                window.show();
                firstRun.set(window);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node firstRunRoot = firstRun.get().getScene().getRoot();
            reached += walk(robot, "firstRun", firstRunRoot, null, problems);
            named += AccessibleNamesScreenTest.check("firstRun", firstRunRoot, nameless, helpless);
            robot.interact(() -> firstRun.get().hide());
        } finally {
            executor.close();
        }

        System.out.println("Focus order (refund dialog, first run): " + reached + " controls reached by Tab, " + problems.size()
                + " problems; " + named + " focusable controls, " + nameless.size() + " without a name, "
                + helpless.size() + " without help text or tooltip");
        assertThat(reached).isGreaterThan(8);
        assertThat(problems).isEmpty();
        assertThat(nameless).isEmpty();
        assertThat(helpless).isEmpty();
    }

    /**
     * Presses Tab from the screen's start (the tab header, or the first control of a screen without
     * tabs) until focus is back there; returns how many of the screen's controls it reached.
     */
    private int walk(FxRobot robot, String screen, Node content, TabPane tabs, List<String> problems) {
        List<Node> expected = new ArrayList<>();
        collect(content, expected);
        Node start = tabs != null ? tabs : expected.stream().sorted((a, b) -> readsBefore(a, b, content) ? -1
                : readsBefore(b, a, content) ? 1 : 0).findFirst().orElseThrow();
        robot.interact(start::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        LinkedHashSet<Node> visited = new LinkedHashSet<>();
        if (start != tabs) {
            visited.add(start);
        }
        int limit = expected.size() * 2 + 8;
        for (int i = 0; i < limit; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = focusOwner(robot, content);
            if (owner == start) {
                break;
            }
            Node control = controlOf(owner, expected);
            if (control != null) {
                visited.add(control);
            }
        }

        List<Node> order = List.copyOf(visited);
        List<String> outOfOrder = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                if (readsBefore(order.get(j), order.get(i), content)) {
                    outOfOrder.add(describe(order.get(i)) + " before " + describe(order.get(j)));
                }
            }
        }
        List<String> missed = expected.stream().filter(n -> !visited.contains(n)).map(FocusOrderScreenTest::describe).toList();
        System.out.printf("Focus order %-22s %2d focusable, %2d reached by Tab, %d out-of-order pairs%s%s%n", screen + ":",
                expected.size(), order.size(), outOfOrder.size(), outOfOrder.isEmpty() ? "" : " " + outOfOrder,
                missed.isEmpty() ? "" : "; not reached: " + missed);
        System.out.println("  Tab order: " + order.stream().map(FocusOrderScreenTest::describe).toList());
        outOfOrder.forEach(pair -> problems.add(screen + ": out of reading order: " + pair));
        missed.forEach(node -> problems.add(screen + ": not reached by Tab: " + node));
        return order.size();
    }

    private static Node focusOwner(FxRobot robot, Node content) {
        AtomicReference<Node> owner = new AtomicReference<>();
        robot.interact(() -> owner.set(content.getScene().getFocusOwner()));
        return owner.get();
    }

    /** The expected control that is or holds {@code owner} (a combo's editor stands for its combo), or null. */
    private static Node controlOf(Node owner, List<Node> expected) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (expected.contains(n)) {
                return n;
            }
        }
        return null;
    }

    /** True when {@code a} reads strictly before {@code b} (see the class comment for the rule). */
    static boolean readsBefore(Node a, Node b, Node root) {
        List<Node> blocksOfA = blocks(a, root);
        List<Node> blocksOfB = blocks(b, root);
        int k = 0;
        while (k < blocksOfA.size() && k < blocksOfB.size() && blocksOfA.get(k) == blocksOfB.get(k)) {
            k++;
        }
        Node unitA = k < blocksOfA.size() ? blocksOfA.get(k) : a;
        Node unitB = k < blocksOfB.size() ? blocksOfB.get(k) : b;
        SplitPane split = splitOf(unitA);
        if (split != null && split == splitOf(unitB)) {
            return split.getItems().indexOf(unitA) < split.getItems().indexOf(unitB);
        }
        Bounds x = unitA.localToScene(unitA.getLayoutBounds());
        Bounds y = unitB.localToScene(unitB.getLayoutBounds());
        double overlap = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
        if (overlap <= ROW_TOLERANCE) {
            return x.getMinY() < y.getMinY();
        }
        return x.getMinX() + ROW_TOLERANCE < y.getMinX();
    }

    /** The blocks (split panes' items, scroll panes) holding {@code node} under {@code root}, outermost first. */
    private static List<Node> blocks(Node node, Node root) {
        List<Node> blocks = new ArrayList<>();
        for (Node up = node.getParent(); up != null && up != root; up = up.getParent()) {
            if (up instanceof ScrollPane || splitOf(up) != null) {
                blocks.addFirst(up);
            }
        }
        return blocks;
    }

    /** The split pane {@code node} is an item of, or null. */
    private static SplitPane splitOf(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof SplitPane split) {
                return split.getItems().contains(node) ? split : null;
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
            if (node instanceof ComboBoxBase<?> || node instanceof Spinner<?>) {
                return; // their inner editor is part of them
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }
}
