package app.orderdesk.desktop.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import app.orderdesk.desktop.fakes.FakeSocket;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.shell.MainView;
import app.orderdesk.desktop.shell.Notifications;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Dashboard, Attention and Customers tabs in the main window, headless, for each role. */
@ExtendWith(ApplicationExtension.class)
class BackOfficeScreensTest {

    private final FakeApiClient api = new FakeApiClient();
    private final FakeBackOfficeApi backOffice = new FakeBackOfficeApi();
    private FxBackgroundExecutor executor;
    private Stage stage;
    private BackOfficeScreens screens;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        executor = new FxBackgroundExecutor();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (screens != null) {
            robot.interact(screens::dispose);
        }
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    private void signedInAs(FxRobot robot, String... groups) {
        signedInAs(robot, executor, groups);
    }

    private void signedInAs(FxRobot robot, app.orderdesk.desktop.infra.BackgroundExecutor work, String... groups) {
        Session session = new Session("user", "user@store.test", Set.of(groups), "id", "refresh", Instant.now().plusSeconds(3600));
        robot.interact(() -> {
            screens = new BackOfficeScreens(session, api, backOffice, work);
            MainView main = new MainView(screens.screens(), session, "fake", new Notifications(), new SimpleIntegerProperty(0), () -> { });
            stage.setScene(new Scene(main.root(), 1280, 800));
            stage.show();
        });
    }

    /** Live updates whose sockets are fakes the test talks through (each opened socket joins {@code sockets}). */
    private static app.orderdesk.desktop.live.LiveUpdates liveOverFakeSockets(List<FakeSocket> sockets,
                                                                             app.orderdesk.desktop.infra.BackgroundExecutor work) {
        return new app.orderdesk.desktop.live.LiveUpdates((url, listener) -> {
            FakeSocket socket = new FakeSocket(listener);
            sockets.add(socket);
            return socket;
        }, "ws://127.0.0.1:1/v1", () -> "token", work);
    }

    /** The Attention tab opened, once its list shows the {@code rows} orders the fake answers. */
    private TableView<AttentionItemView> attentionListOf(FxRobot robot, int rows) {
        open(robot, "attentionTab");
        TableView<AttentionItemView> table = robot.lookup("#attentionTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == rows);
        return table;
    }

    private List<String> tabIds(FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getId).toList();
    }

    private void open(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst().orElseThrow()));
    }

    /** A manager's Dashboard tab in a 1024x640 window, its tiles shown (six statuses and today's refunds). */
    private Pane managersDashboardAt1024x640(FxRobot robot) {
        signedInAs(robot, "managers");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        open(robot, "dashboardTab");
        Pane tiles = robot.lookup("#dashboardStatusTiles").queryAs(Pane.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> tiles.getChildren().size() == 7);
        return tiles;
    }

    /**
     * Walked in German at 1024x640 (session 21): the tiles took two rows and the tables below were squeezed to their
     * header and part of a row. Each keeps its least height and the page scrolls to the last one.
     */
    @Test
    void theDashboardsTablesKeepTheirRowsInASmallWindowAndThePageScrolls(FxRobot robot) {
        Pane tiles = managersDashboardAt1024x640(robot);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#dashboardAttention").queryTableView().getItems().size() > 0);
        // Walked in session 24: the refunds tile took a row of its own at 1024 px; all seven fit on one now.
        assertThat(tiles.getChildren()).extracting(Node::getLayoutY).as("the tiles' rows at 1024 px").containsOnly(0.0);
        javafx.scene.control.ScrollPane page = robot.lookup("#dashboardScroller").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> page.setVvalue(page.getVmax()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        Map<String, Double> heights = new java.util.LinkedHashMap<>();
        double[] attentionSeen = new double[1];
        robot.interact(() -> {
            for (String id : List.of("#dashboardTopProducts", "#dashboardLowStock", "#dashboardAttention", "#dashboardRevenueChart")) {
                heights.put(id, ((javafx.scene.layout.Region) robot.lookup(id).query()).getHeight());
            }
            Node attention = robot.lookup("#dashboardAttention").query();
            var shown = attention.localToScene(attention.getBoundsInLocal());
            var viewport = page.localToScene(page.getBoundsInLocal());
            attentionSeen[0] = Math.min(shown.getMaxY(), viewport.getMaxY()) - Math.max(shown.getMinY(), viewport.getMinY());
        });
        System.out.println("dashboard at 1024x640: " + heights);
        assertThat(heights.get("#dashboardTopProducts")).isGreaterThanOrEqualTo(DashboardScreen.TABLE_LEAST_HEIGHT);
        assertThat(heights.get("#dashboardLowStock")).isGreaterThanOrEqualTo(DashboardScreen.TABLE_LEAST_HEIGHT);
        assertThat(heights.get("#dashboardAttention")).isGreaterThanOrEqualTo(DashboardScreen.ATTENTION_LEAST_HEIGHT);
        assertThat(heights.get("#dashboardRevenueChart")).isGreaterThanOrEqualTo(DashboardScreen.CHART_LEAST_HEIGHT);
        assertThat(attentionSeen[0]).as("the attention list seen whole once the page is scrolled to its end")
                .isGreaterThanOrEqualTo(heights.get("#dashboardAttention") - 1);
    }

    /** Walked in German at 1024 px (session 24): "Erstattungen heute" took a row of its own; the seven tiles share one. */
    @Test
    void theSevenTilesShareOneRowInGermanAt1024(FxRobot robot) {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY); // the screens take their words when they are built
        java.util.ResourceBundle.clearCache();
        try {
            Pane tiles = managersDashboardAt1024x640(robot);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#tile-REFUNDS_TODAY .od-tile-label").queryAs(Label.class).getText()).isEqualTo("Erstattungen heute");
            assertThat(tiles.getChildren()).extracting(Node::getLayoutY).as("the tiles' rows in German at 1024 px").containsOnly(0.0);
        } finally {
            java.util.Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    void aManagerSeesTheStoresDayAndActsOnAFailedOrder(FxRobot robot) {
        signedInAs(robot, "managers");
        assertThat(tabIds(robot)).containsExactly("dashboardTab", "attentionTab", "customersTab");

        open(robot, "dashboardTab");
        Pane tiles = robot.lookup("#dashboardStatusTiles").queryAs(Pane.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> tiles.getChildren().size() == 7);
        assertThat(robot.lookup("#tile-COMPLETED .od-tile-number").queryAs(Label.class).getText()).isEqualTo("41");
        Node refunds = robot.lookup("#tile-REFUNDS_TODAY").query();
        assertThat(refunds.isVisible()).as("today's refunds, after the statuses").isTrue();
        assertThat(tiles.getChildren().getLast()).isSameAs(refunds);
        assertThat(robot.lookup("#tile-REFUNDS_TODAY .od-tile-number").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#dashboardRefundedAmount").queryAs(Label.class).getText()).isEqualTo("$42.50 in total");
        BarChart<?, ?> chart = robot.lookup("#dashboardRevenueChart").queryAs(BarChart.class);
        assertThat(chart.getData().getFirst().getData()).hasSize(30);
        assertThat(robot.lookup("#dashboardTopProducts").queryTableView().getItems()).hasSize(10);
        assertThat(robot.lookup("#dashboardLowStock").queryTableView().getItems()).hasSize(3);
        assertThat(robot.lookup("#dashboardStorePanels").query().isVisible()).isTrue();

        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        Clicks.on(robot, "OD-000042");
        Button retry = robot.lookup("#attentionRetryButton").queryButton();
        assertThat(retry.isDisabled()).isFalse();
        Clicks.on(robot, retry);
        Clicks.on(robot, robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Cancel".equals(b.getText())).findFirst().orElseThrow());
        assertThat(backOffice.redriven).as("the confirmation was declined").isEmpty();

        Clicks.on(robot, retry);
        Clicks.on(robot, robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow());
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 1);
        assertThat(backOffice.redriven).containsExactly(FakeBackOfficeApi.FAILED.orderId());
        assertThat(robot.lookup("#attentionMessage").queryAs(Label.class).getText())
                .contains(app.orderdesk.desktop.ui.Messages.text("attention.retrying", "OD-000042",
                        app.orderdesk.desktop.order.StepWords.stepName("ReserveStock"), 1));

        Clicks.on(robot, "OD-000043");
        assertThat(retry.isDisabled()).as("a receipt follow-up is not retried").isTrue();
        assertThat(robot.lookup("#attentionCancelButton").queryButton().isDisabled()).as("paid: not cancelled").isTrue();
        assertThat(robot.lookup("#attentionMessage").queryAs(Label.class).getText()).contains("Resend email");
    }

    @Test
    void aManagerCancelsAHeldOrder(FxRobot robot) {
        signedInAs(robot, "managers");
        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        Clicks.on(robot, "OD-000042");
        Button cancel = robot.lookup("#attentionCancelButton").queryButton();
        assertThat(cancel.isDisabled()).isFalse();
        Clicks.on(robot, cancel);
        Clicks.on(robot, robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.cancelled.contains(FakeBackOfficeApi.FAILED.orderId()));
    }

    @Test
    void supportSeesTheAttentionListButNoDashboardAndMayNotCancel(FxRobot robot) {
        signedInAs(robot, "support");
        assertThat(tabIds(robot)).containsExactly("attentionTab", "customersTab");

        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        Clicks.on(robot, "OD-000042");
        assertThat(robot.lookup("#attentionRetryButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#attentionCancelButton").queryButton().isDisabled()).as("cancelling is for managers").isTrue();
    }

    /**
     * ADR 0074: an order held meanwhile arrives by push and joins the shown list without Reload; the order support had
     * chosen stays chosen, so the push does not take it from under the Retry button.
     */
    @Test
    void aHeldOrderJoinsTheListByPushAndTheChosenOrderStaysChosen(FxRobot robot) {
        signedInAs(robot, "support");
        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        Clicks.on(robot, "OD-000043");
        assertThat(table.getSelectionModel().getSelectedItem().orderNumber()).isEqualTo("OD-000043");

        List<FakeSocket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        var live = liveOverFakeSockets(sockets, executor);
        robot.interact(() -> {
            screens.useLiveUpdates(live);
            live.start();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !sockets.isEmpty());

        synchronized (backOffice) { // the fake answers under its lock on the FX executor's thread
            backOffice.attention.add(0, FakeBackOfficeApi.COMPENSATED);
        }
        sockets.getFirst().receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"" + FakeBackOfficeApi.COMPENSATED.orderId()
                + "\",\"status\":\"FAILED\",\"at\":\"2026-12-01T17:00:00Z\",\"statusReason\":\"held\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().orderNumber()).as("the same order, though its row moved down")
                .isEqualTo("OD-000043");
        assertThat(table.getItems().get(0).orderNumber()).isEqualTo("OD-000044");
    }

    /**
     * ADR 0076: the shown dashboard is polled every 30 s only while live updates are paused; once they are on, its
     * pushes read it and its timer only checks now and then; when the socket drops, polling comes back. Timers held by
     * manual executors (the app's would take minutes): one for the screens, one for the socket, so what the dashboard
     * schedules is told apart from the socket's own timers.
     */
    @Test
    void theShownDashboardIsPolledOnlyWhileLiveUpdatesArePaused(FxRobot robot) {
        var manual = new app.orderdesk.desktop.fakes.ManualExecutor();
        var socketTimers = new app.orderdesk.desktop.fakes.ManualExecutor();
        List<FakeSocket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        var live = liveOverFakeSockets(sockets, socketTimers);
        signedInAs(robot, manual, "managers");
        robot.interact(() -> screens.useLiveUpdates(live));
        open(robot, "dashboardTab");
        assertThat(manual.delays).as("shown, no socket yet: polled").isNotEmpty().containsOnly(DashboardViewModel.REFRESH_EVERY);
        assertThat(manual.pending()).isEqualTo(1);

        robot.interact(live::start);
        assertThat(sockets).hasSize(1);
        assertThat(manual.delays).as("live: the slow check instead").last().isEqualTo(DashboardViewModel.CHECK_WHILE_LIVE);
        assertThat(manual.pending()).isEqualTo(1);

        robot.interact(() -> {
            sockets.getFirst().listener.onClose(sockets.getFirst(), 1006, "network gone");
            socketTimers.tick();
        });
        assertThat(manual.delays).as("the socket dropped: polled again").last().isEqualTo(DashboardViewModel.REFRESH_EVERY);
        assertThat(manual.pending()).isEqualTo(1);
        robot.interact(live::close);
    }

    /** Session 31: the dashboard went on reading after its tab was left, until sign-out. */
    @Test
    void theDashboardStopsReadingWhenItsTabIsLeftAndStartsAgainWhenShown(FxRobot robot) {
        var manual = new app.orderdesk.desktop.fakes.ManualExecutor();
        signedInAs(robot, manual, "managers");
        open(robot, "dashboardTab");
        assertThat(manual.pending()).as("shown: its refresh is due").isEqualTo(1);

        open(robot, "customersTab");
        int readsWhenLeft = backOffice.dashboardCalls;
        assertThat(manual.pending()).as("left: nothing due").isZero();
        robot.interact(manual::tick);
        assertThat(backOffice.dashboardCalls).as("dashboard reads after the tab was left").isEqualTo(readsWhenLeft);

        open(robot, "dashboardTab");
        assertThat(backOffice.dashboardCalls).as("shown again: read at once").isGreaterThan(readsWhenLeft);
        assertThat(manual.pending()).isEqualTo(1);
    }

    /**
     * ADR 0075: with no socket (a network that lets none through) an order held meanwhile joins the shown list at the
     * next fallback read, without Reload, and the chosen order stays chosen. The interval is shortened here (10 s in
     * the app).
     */
    @Test
    void aHeldOrderJoinsTheListByPollingWhilePushesArePaused(FxRobot robot) {
        signedInAs(robot, "support");
        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        Clicks.on(robot, "OD-000043");
        var polling = new app.orderdesk.desktop.live.FallbackPolling(executor, Duration.ofMillis(300));
        robot.interact(() -> {
            screens.useFallbackPolling(polling);
            polling.screenShown("attentionTab");
        });

        synchronized (backOffice) { // the fake answers under its lock on the FX executor's thread
            backOffice.attention.add(0, FakeBackOfficeApi.COMPENSATED);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 3);
        robot.interact(polling::close);
        await().atMost(Duration.ofSeconds(5)).until(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().orderNumber()).isEqualTo("OD-000043");
    }

    /** Walked under Xvfb, session 19: Tab into the list, ↓ skipped the first order (with one order: did nothing). */
    @Test
    void theKeyboardChoosesTheFirstOrderWithDownAfterTabbingIntoTheList(FxRobot robot) {
        signedInAs(robot, "support");
        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        robot.interact(table::requestFocus);

        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the first order, not the second").isZero();
        assertThat(robot.lookup("#attentionRetryButton").queryButton().isDisabled()).isFalse();
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("then on as JavaFX goes").isEqualTo(1);
    }

    /** Choosing the first row must not move a list whose row is chosen already: scrollTo would put it at the top. */
    @Test
    void downInAListWithARowChosenMovesOnWithoutScrollingItToTheTop(FxRobot robot) {
        backOffice.attention.clear();
        for (int i = 0; i < 40; i++) {
            backOffice.attention.add(new AttentionItemView(String.format("00000000-0000-4000-8000-%012d", 100 + i),
                    "OD-%06d".formatted(100 + i), app.orderdesk.api.OrderStatus.RECEIVED, "FAILED", "ReserveStock", "held",
                    100, "USD", Instant.parse("2026-03-01T09:00:00Z")));
        }
        signedInAs(robot, "managers");
        TableView<AttentionItemView> table = attentionListOf(robot, 40);
        robot.interact(() -> {
            table.getSelectionModel().select(3);
            table.requestFocus();
        });

        robot.type(javafx.scene.input.KeyCode.DOWN);

        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(4);
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        assertThat(flow.getFirstVisibleCell().getIndex()).as("the list did not jump").isZero();
    }

    /** Walked in German at 1280 px, session 19: "Nov 30, 2026, 8:31 …" — the reason column took the date's room. */
    @Test
    void thePlacedColumnIsNeverNarrowerThanItsDates(FxRobot robot) {
        assertAttentionColumnFitsItsValues(robot, 1, "Placed", a -> app.orderdesk.desktop.order.StoreDates.dateTime(a.createdAt()));
    }

    /** Walked in German at 1024 px, session 20: Attention's Status read "Fehlgeschlag…". */
    @Test
    void theStatusColumnIsNeverNarrowerThanItsWords(FxRobot robot) {
        assertAttentionColumnFitsItsValues(robot, 2, "Status", a -> app.orderdesk.desktop.order.StepWords.status(a.status()));
    }

    /** Walked at 1024 px, session 21: the failed step read "Process the pa…" once ProcessPayment's words grew. */
    @Test
    void theFailedStepColumnIsNeverNarrowerThanItsWords(FxRobot robot) {
        assertAttentionColumnFitsItsValues(robot, 3, "Failed step", AttentionScreen::failedStep);
    }

    /**
     * Walked at 1024×640, session 22: "What went wrong" read "The payment service kept failing; no payme…" (and the
     * held order's long reason the same), with nothing to hover for the rest. The words wrap in their cell.
     */
    @Test
    void whatWentWrongIsReadWholeAt1024x640(FxRobot robot) {
        signedInAs(robot, "managers");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<app.orderdesk.desktop.CutTexts.Cut> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(app.orderdesk.desktop.CutTexts.under("attention", table)));
        cut.forEach(c -> System.out.println("attention at 1024x640: " + c));

        assertThat(cut).extracting(app.orderdesk.desktop.CutTexts.Cut::text)
                .noneMatch(text -> text.startsWith("A service the order depends on") || text.startsWith("Receipt could not"));
    }

    /**
     * Walked as a manager at 1024x640, session 23: the dashboard's low-stock list read "Insulated Tra…" (its product
     * column squeezed by the numbers beside it), with nothing to hover. Product names wrap in their cells, in both lists.
     */
    @Test
    void productNamesAreReadWholeOnTheDashboardAt1024x640(FxRobot robot) {
        signedInAs(robot, "managers");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        open(robot, "dashboardTab");
        TableView<?> low = robot.lookup("#dashboardLowStock").queryTableView();
        TableView<?> top = robot.lookup("#dashboardTopProducts").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> low.getItems().size() == 3 && top.getItems().size() == 10);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<app.orderdesk.desktop.CutTexts.Cut> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            cut.addAll(app.orderdesk.desktop.CutTexts.under("low stock", low));
            cut.addAll(app.orderdesk.desktop.CutTexts.under("top products", top));
        });
        cut.forEach(c -> System.out.println("dashboard at 1024x640: " + c));

        assertThat(cut).extracting(app.orderdesk.desktop.CutTexts.Cut::text).noneMatch(text -> text.startsWith("Insulated Travel Mug"));
    }

    /** Support's Attention list of two: column {@code index}'s least width holds every value it shows. */
    private void assertAttentionColumnFitsItsValues(FxRobot robot, int index, String name,
                                                    java.util.function.Function<AttentionItemView, String> shown) {
        signedInAs(robot, "support");
        TableView<AttentionItemView> table = attentionListOf(robot, 2);
        robot.interact(() -> {
            var column = table.getColumns().get(index);
            String[] values = table.getItems().stream().map(shown).toArray(String[]::new);
            assertThat(column.getMinWidth()).as("the %s column's least width against %s", name, java.util.Arrays.toString(values))
                    .isGreaterThanOrEqualTo(app.orderdesk.desktop.ui.FullText.widthOf(column, values));
        });
    }

    @Test
    void supportFindsARepeatCallerByPhoneAndSeesTheirLastOrders(FxRobot robot) {
        signedInAs(robot, "support");
        open(robot, "customersTab");
        Clicks.on(robot, "#customerQuery").write("030 123456");
        Clicks.on(robot, "#customerFindButton");

        TableView<CustomerView> customers = robot.lookup("#customerTable").queryTableView();
        TableView<OrderSummaryView> orders = robot.lookup("#customerOrdersTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> customers.getItems().size() == 1 && orders.getItems().size() == 2);
        assertThat(backOffice.phoneQueries).containsExactly("030 123456");
        assertThat(customers.getItems().getFirst().name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void staffSeeTheirOwnDayOnly(FxRobot robot) {
        backOffice.scope = "MINE";
        signedInAs(robot, "staff");
        assertThat(tabIds(robot)).containsExactly("dashboardTab", "customersTab");

        open(robot, "dashboardTab");
        Label heading = robot.lookup("#dashboardHeading").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> heading.getText().startsWith("Your orders today"));
        assertThat(heading.getText()).as("the store's day as the store writes dates, not ISO").endsWith("— Mar 1, 2026");
        assertThat(robot.lookup("#tile-COMPLETED .od-tile-number").queryAs(Label.class).getText()).isEqualTo("7");
        assertThat(robot.lookup("#dashboardStorePanels").query().isVisible()).isFalse();
        assertThat(robot.lookup("#tile-REFUNDS_TODAY").query().isVisible()).as("the store's refunds are not staff's day").isFalse();
    }
}
