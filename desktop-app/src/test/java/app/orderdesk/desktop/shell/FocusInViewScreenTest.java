package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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

/**
 * h-a (issue 13): keyboard focus never goes to a control the user cannot see. At the smallest size, 1024×640, in
 * German (the longest words, so the tallest form), Tab is pressed through the place-order form from the product field
 * to Submit (three lines in the draft, then again with the card field showing, to its first part: Submit waits for a card), then
 * the moves the code makes (Ctrl+N from Submit back to the product field, Enter in the empty product field to the customer's email, a complete card number to the expiry
 * and on to the security code), the Enter from the form scrolled to its top; through the store settings from the
 * first field to Save, and through an opened order's detail; at every stop the focused control must lie wholly inside
 * the viewport of the scroll pane that holds it (or, outside any scroll pane, inside the window).
 */
@ExtendWith(ApplicationExtension.class)
class FocusInViewScreenTest {

    /** A focus stop is "in view" when its box is inside the viewport up to this much (sub-pixel snapping). */
    private static final double TOLERANCE = 1;

    private static final InventoryItemView GRINDER = new InventoryItemView("p-grinder", "GRIND-2000",
            "Hand coffee grinder with ceramic burrs and stainless steel body", 124900, 12, 1, 3, false, "kitchen");
    private static final InventoryItemView DARJEELING = new InventoryItemView("p-darj", "TEA-DARJ-250",
            "Organic Darjeeling first flush loose-leaf tea, 250 g tin", 1899, 2, 0, 5, true, "food");

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final List<String> problems = new ArrayList<>();
    private FakeDesk desk;
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        if (desk != null) {
            desk.close(robot);
        }
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void everyFocusStopOfThePlaceOrderFormIsInViewAt1024x640InGerman(FxRobot robot) {
        open(robot, Locale.GERMANY, 1024, 640);
        OrderEntry.addLine(robot, GRINDER, 1);
        OrderEntry.addLine(robot, DARJEELING, 2);
        OrderEntry.addLine(robot, FakeApiClient.MUG, 3);
        // The customer typed in (Submit takes the focus only once the draft can be sent).
        robot.interact(() -> {
            robot.lookup("#customerEmail").queryAs(javafx.scene.control.TextField.class).setText("anna.schmidt-leutheusser@example.com");
            robot.lookup("#customerName").queryAs(javafx.scene.control.TextField.class).setText("Anna Schmidt-Leutheusser");
        });
        ScrollPane form = robot.lookup("#orderFormScroller").queryAs(ScrollPane.class);
        assertThat(overflow(robot, form)).as("the form is taller than its viewport at 1024x640 (else the test shows nothing)").isPositive();

        int[] stops = walk(robot, "place order", "#productField", "#submitOrderButton", form);
        // Ctrl+N from the bottom of the form (the last order's Submit): a new draft, the keyboard back in the product field at the top.
        double before = overflow(robot, form);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        app.orderdesk.desktop.DraftQuestions.discard(robot); // the draft is not sent: asked first (session 33)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("productField");
        assertThat(overflow(robot, form)).as("still taller than its viewport after Ctrl+N").isPositive();
        check(robot, "place order (Ctrl+N from Submit)", form, new int[2]);

        // The short way staff take: Enter in the empty product field jumps to the customer's email (the code moves the
        // focus; JavaFX's scroll pane scrolls by itself only for Tab and arrow traversal).
        robot.interact(() -> {
            form.setVvalue(form.getVmin());
            robot.lookup("#productField").query().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("customerEmail");
        check(robot, "place order (Enter to the customer)", form, new int[2]);

        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast()); // Card
        WaitForAsyncUtils.waitForFxEvents();
        int[] cardStops = walk(robot, "place order (card)", "#productField", "#cardNumber", form);
        // A complete number moves the focus on to the expiry by itself, a complete expiry to the security code.
        robot.write("4242424242424242");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("cardExpiry");
        check(robot, "place order (card number typed)", form, new int[2]);
        robot.write("1230");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("cardCvc");
        check(robot, "place order (expiry typed)", form, new int[2]);

        System.out.println("focus in view, place order de 1024x640: " + stops[0] + " stops by Tab (" + stops[1]
                + " in the scrolling form), with the card field " + cardStops[0] + " (" + cardStops[1] + "), + 4 moves by the code; form "
                + Math.round(before) + " px taller than its viewport; " + problems.size() + " out of view");
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(stops[1]).isGreaterThan(6);
        assertThat(cardStops[1]).as("the card walk goes deeper into the form").isGreaterThan(stops[1]);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFocusStopOfTheStoreSettingsAndAnOrdersDetailIsInViewAt1024x640InGerman(FxRobot robot) {
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        api.receiptBytes = TestPdfs.onePage();
        api.orderPages.put("", new Page<>(List.of(
                new OrderSummaryView("o-1", "OD-000042", OrderStatus.COMPLETED, "anna@example.com", "Anna", 2500, "USD", at)), null));
        api.statuses.add(OrderStatus.COMPLETED);
        open(robot, Locale.GERMANY, 1024, 640);

        FakeDesk.openTab(robot, "storeSettingsTab");
        ScrollPane settings = robot.lookup("#settingsScroller").queryAs(ScrollPane.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> overflow(robot, settings) > 0);
        int[] settingStops = walk(robot, "store settings", "#settings-name", "#settingsSaveButton", settings);

        FakeDesk.openOrder(robot, 1, 0);
        ScrollPane detail = robot.lookup("#orderDetailScroller").queryAs(ScrollPane.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> overflow(robot, detail) > 0);
        int[] detailStops = walkRound(robot, "order detail", detail, 40);

        System.out.println("focus in view, store settings de 1024x640: " + settingStops[0] + " stops (" + settingStops[1]
                + " in the scrolling fields); order detail " + detailStops[0] + " stops (" + detailStops[1]
                + " in the scrolling detail); " + problems.size() + " out of view");
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(settingStops[1]).isGreaterThan(6);
        assertThat(detailStops[1]).isGreaterThan(2);
        assertThat(problems).isEmpty();
    }

    private void open(FxRobot robot, Locale locale, int width, int height) {
        before = Locale.getDefault();
        Locale.setDefault(locale); // the screens take their words from the default locale when they are built
        ResourceBundle.clearCache();
        api.inventoryPages.put("", new Page<>(List.of(FakeApiClient.MUG, FakeApiClient.TEA, GRINDER,
                DARJEELING), null));
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Puts the focus on {@code first} (scrolled to the top, as the screen opens), then presses Tab until {@code last}
     * has it, checking each stop. Answers {stops, stops inside {@code pane}}.
     */
    private int[] walk(FxRobot robot, String screen, String first, String last, ScrollPane pane) {
        Node start = robot.lookup(first).query();
        Node end = robot.lookup(last).query();
        robot.interact(() -> {
            pane.setVvalue(pane.getVmin());
            start.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int[] stops = {0, 0};
        check(robot, screen, pane, stops);
        for (int i = 0; i < 60 && stage.getScene().getFocusOwner() != end; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            check(robot, screen, pane, stops);
        }
        assertThat(stage.getScene().getFocusOwner()).as(screen + ": Tab reaches " + last).isSameAs(end);
        return stops;
    }

    /** Tab from the pane's top {@code presses} times (round the screen and back), checking each stop. */
    private int[] walkRound(FxRobot robot, String screen, ScrollPane pane, int presses) {
        robot.interact(() -> pane.setVvalue(pane.getVmin()));
        int[] stops = {0, 0};
        for (int i = 0; i < presses; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            check(robot, screen, pane, stops);
        }
        return stops;
    }

    private void check(FxRobot robot, String screen, ScrollPane pane, int[] stops) {
        robot.interact(() -> {
            Node focused = stage.getScene().getFocusOwner();
            if (focused == null) {
                return;
            }
            stops[0]++;
            Bounds box = focused.localToScene(focused.getLayoutBounds());
            Bounds room;
            if (inside(pane.getContent(), focused)) {
                stops[1]++;
                Node viewport = pane.lookup(".viewport");
                room = viewport.localToScene(viewport.getLayoutBounds());
            } else {
                room = new javafx.geometry.BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
            }
            // A control taller than the viewport (a table) counts as in view when its top is.
            double bottom = Math.min(box.getMaxY(), box.getMinY() + room.getHeight());
            if (box.getMinY() < room.getMinY() - TOLERANCE || bottom > room.getMaxY() + TOLERANCE
                    || box.getMinX() < room.getMinX() - TOLERANCE || box.getMaxX() > room.getMaxX() + TOLERANCE) {
                problems.add(screen + ": " + describe(focused) + " at y " + Math.round(box.getMinY()) + "–" + Math.round(box.getMaxY())
                        + ", x " + Math.round(box.getMinX()) + "–" + Math.round(box.getMaxX()) + ", visible y "
                        + Math.round(room.getMinY()) + "–" + Math.round(room.getMaxY()) + ", x " + Math.round(room.getMinX()) + "–"
                        + Math.round(room.getMaxX()));
            }
        });
    }

    private String focusedId() {
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private static String describe(Node node) {
        return node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
    }

    private double overflow(FxRobot robot, ScrollPane pane) {
        double[] px = {0};
        robot.interact(() -> px[0] = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight());
        return px[0];
    }

    private static boolean inside(Node content, Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == content) {
                return true;
            }
        }
        return false;
    }
}
