package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Dashboard tab: status tiles, revenue chart, top products, low stock and attention. Layout only. */
public final class DashboardScreen {

    static final double CHART_LEAST_HEIGHT = 200;
    static final double TABLE_LEAST_HEIGHT = 170;
    static final double ATTENTION_LEAST_HEIGHT = 130;

    private final ScrollPane root;
    private app.orderdesk.desktop.ui.OrderOpener openOrder = app.orderdesk.desktop.ui.OrderOpener.NONE;

    public DashboardScreen(DashboardViewModel model) {
        Label heading = new Label();
        heading.setId("dashboardHeading");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.textProperty().bind(model.headingProperty());
        Label message = new Label();
        message.setId("dashboardMessage");
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());

        FlowPane tiles = new FlowPane(10, 10);
        tiles.setId("dashboardStatusTiles");
        VBox refunds = refundsTile(model);
        model.statusCounts().addListener((ListChangeListener<DashboardViewModel.StatusCount>) c -> {
            tiles.getChildren().setAll(model.statusCounts().stream().map(DashboardScreen::tile).toList());
            tiles.getChildren().add(refunds);
        });

        CategoryAxis days = new CategoryAxis();
        NumberAxis amount = new NumberAxis();
        amount.setLabel(Messages.text("dashboard.revenue"));
        BarChart<String, Number> chart = new BarChart<>(days, amount);
        chart.setId("dashboardRevenueChart");
        chart.setTitle(Messages.text("dashboard.chart.title"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(300);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.revenue().addListener((ListChangeListener<DashboardView.DayRevenue>) c -> series.getData().setAll(
                model.revenue().stream().map(d -> new XYChart.Data<String, Number>(app.orderdesk.desktop.order.StoreDates.dayAndMonth(d.day()), java.math.BigDecimal.valueOf(d.revenueCents(), app.orderdesk.desktop.order.Money.fractionDigits()).doubleValue())).toList()));

        TableView<DashboardView.ProductSales> top = new TableView<>(model.topProducts());
        top.setId("dashboardTopProducts");
        top.setPlaceholder(new Label(Messages.text("dashboard.top.none")));
        // Names wrap in their cells: the low-stock list read "Insulated Tra…" at 1024x640 (walked, session 23).
        top.getColumns().add(Columns.wrapping(Messages.text("dashboard.top.product"), 220, DashboardView.ProductSales::name));
        top.getColumns().add(Columns.text(Messages.text("dashboard.top.units"), 70, p -> Long.toString(p.units())));
        top.getColumns().add(Columns.text(Messages.text("dashboard.revenue"), 100, p -> Columns.money(p.revenueCents())));
        top.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<DashboardView.LowStockItem> low = new TableView<>(model.lowStock());
        low.setId("dashboardLowStock");
        low.setPlaceholder(new Label(Messages.text("dashboard.low.none")));
        low.getColumns().add(Columns.wrapping(Messages.text("dashboard.low.product"), 200, DashboardView.LowStockItem::name));
        low.getColumns().add(Columns.text(Messages.text("dashboard.low.available"), 80, l -> Long.toString(l.available())));
        low.getColumns().add(Columns.text(Messages.text("dashboard.low.perDay"), 90, l -> Messages.text("dashboard.decimal", l.averageDailyUnits())));
        low.getColumns().add(Columns.text(Messages.text("dashboard.low.cover"), 100, l -> l.daysOfCover() == null ? "—"
                : Messages.text("dashboard.decimal", l.daysOfCover())));
        low.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<AttentionItemView> attention = new TableView<>(model.attention());
        attention.setId("dashboardAttention");
        attention.setPlaceholder(new Label(Messages.text("attention.none")));
        attention.getColumns().add(Columns.text(Messages.text("attention.title"), 110, AttentionItemView::orderNumber));
        attention.getColumns().add(Columns.wholeText(Messages.text("dashboard.attention.step"), 120, model.attention(), AttentionScreen::failedStep));
        attention.getColumns().add(Columns.wrapping(Messages.text("dashboard.attention.why"), 360, AttentionViewModel::reasonInWords));
        attention.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        app.orderdesk.desktop.ui.OrderOpener.onRowsOf(attention, AttentionItemView::orderId, AttentionItemView::orderNumber, () -> openOrder);

        GridPane store = new GridPane(12, 12);
        store.add(chart, 0, 0, 2, 1);
        store.add(top, 0, 1);
        store.add(low, 1, 1);
        store.add(attention, 0, 2, 2, 1);
        top.setPrefHeight(220);
        low.setPrefHeight(220);
        attention.setPrefHeight(160);
        // Walked in German at 1024x640 (session 21): with the tiles on two rows the tables were squeezed to their header
        // and part of one row. Each keeps a header and about three rows (the attention list two, the chart its bars);
        // below that the page scrolls.
        chart.setMinHeight(CHART_LEAST_HEIGHT);
        top.setMinHeight(TABLE_LEAST_HEIGHT);
        low.setMinHeight(TABLE_LEAST_HEIGHT);
        attention.setMinHeight(ATTENTION_LEAST_HEIGHT);
        GridPane.setHgrow(top, Priority.ALWAYS);
        GridPane.setHgrow(low, Priority.ALWAYS);
        GridPane.setHgrow(chart, Priority.ALWAYS);
        store.setId("dashboardStorePanels");
        store.visibleProperty().bind(model.storeWideProperty());
        store.managedProperty().bind(model.storeWideProperty());

        VBox page = new VBox(10, new HBox(12, heading, message), tiles, store);
        page.setId("dashboardScreen");
        page.setPadding(new Insets(12));
        root = new ScrollPane(page);
        root.setId("dashboardScroller");
        root.setFitToWidth(true);
        root.setFitToHeight(true); // fills a tall window; shorter than the page's least height, it scrolls
        app.orderdesk.desktop.ui.FocusFollowingScroll.install(root);
        root.getStylesheets().add(Styles.stylesheet(DashboardScreen.class, "backoffice.css"));
    }

    private static VBox tile(DashboardViewModel.StatusCount count) {
        Label number = new Label(Long.toString(count.count()));
        number.getStyleClass().add("od-tile-number");
        Label name = new Label(words(count.status()));
        name.getStyleClass().add("od-tile-label");
        VBox tile = new VBox(2, number, name);
        tile.setId("tile-" + count.status());
        tile.getStyleClass().addAll("od-tile", "od-tile-" + count.status().toLowerCase(Locale.ROOT).replace('_', '-'));
        return tile;
    }

    /** Today's refunds, after the status tiles: how many, and their total, refunded or credited (ADR 0070). Managers only. */
    private static VBox refundsTile(DashboardViewModel model) {
        Label number = new Label();
        number.getStyleClass().add("od-tile-number");
        number.textProperty().bind(model.refundsCountProperty());
        Label name = new Label(Messages.text("dashboard.refunds.title"));
        name.getStyleClass().add("od-tile-label");
        Label amount = new Label();
        amount.setId("dashboardRefundedAmount");
        amount.getStyleClass().add("od-tile-label");
        amount.textProperty().bind(model.refundsAmountProperty());
        amount.visibleProperty().bind(amount.textProperty().isNotEmpty());
        amount.managedProperty().bind(amount.visibleProperty()); // no refund: the tile is as tall as the others
        VBox tile = new VBox(2, number, name, amount);
        tile.setId("tile-REFUNDS_TODAY");
        tile.getStyleClass().addAll("od-tile", "od-tile-refunds");
        tile.visibleProperty().bind(model.refundsShownProperty());
        tile.managedProperty().bind(model.refundsShownProperty());
        return tile;
    }

    static String words(String status) {
        return Messages.textOr("status." + status, Messages.humanize(status));
    }

    /** What a double-click (or Enter) on an order needing attention does: show it on the Orders tab. */
    public void onOpenOrder(app.orderdesk.desktop.ui.OrderOpener opener) {
        this.openOrder = opener;
    }

    public Parent root() {
        return root;
    }
}
