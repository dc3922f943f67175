package app.orderdesk.desktop.orders;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.order.StoreDates;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Orders screen: search form, one page of results, and the selected order's detail beside them. */
public final class OrdersView {

    private final SplitPane root;
    private final TextField firstField;
    private final OrderSearchViewModel search;
    private final OrderDetailViewModel detail;
    /** The order show() opened, to be chosen in the list when its search answers (null: none waiting). */
    private String chooseWhenListed;

    public OrdersView(OrderSearchViewModel search, OrderDetailViewModel detail) {
        this.search = search;
        this.detail = detail;
        TextField number = field("ordersNumberField", Messages.text("orders.number.prompt"), search.orderNumberProperty());
        TextField email = field("ordersEmailField", Messages.text("orders.email.prompt"), search.emailProperty());
        TextField phone = field("ordersPhoneField", Messages.text("orders.phone.prompt"), search.phoneProperty());
        app.orderdesk.desktop.ui.Accessibility.describe(number, "orders.number");
        app.orderdesk.desktop.ui.Accessibility.describe(email, "orders.email");
        app.orderdesk.desktop.ui.Accessibility.describe(phone, "orders.phone");
        firstField = number;
        ComboBox<OrderStatus> status = new ComboBox<>(FXCollections.observableArrayList(OrderStatus.values()));
        status.getItems().addFirst(null);
        status.setId("ordersStatusChoice");
        app.orderdesk.desktop.ui.Accessibility.describe(status, "orders.status");
        status.setPromptText(Messages.text("orders.status.any"));
        // The statuses in the words the rows use ("Partly refunded"), not the API's names ("PARTIALLY_REFUNDED"; audit,
        // session 33), the empty choice as "Any status".
        javafx.util.StringConverter<OrderStatus> words = new javafx.util.StringConverter<>() {
            @Override
            public String toString(OrderStatus value) {
                return value == null ? Messages.text("orders.status.any") : app.orderdesk.desktop.order.StepWords.status(value);
            }

            @Override
            public OrderStatus fromString(String text) {
                return null; // not editable
            }
        };
        status.setConverter(words);
        status.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(OrderStatus value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : words.toString(value));
            }
        });
        status.valueProperty().bindBidirectional(search.statusProperty());
        DatePicker from = StoreDateField.create("ordersFromDate");
        app.orderdesk.desktop.ui.Accessibility.describe(from, "orders.from");
        from.setPromptText(Messages.text("orders.from"));
        from.valueProperty().bindBidirectional(search.fromDateProperty());
        DatePicker to = StoreDateField.create("ordersToDate");
        app.orderdesk.desktop.ui.Accessibility.describe(to, "orders.to");
        to.setPromptText(Messages.text("orders.to"));
        to.valueProperty().bindBidirectional(search.toDateProperty());

        Button find = new Button(Messages.text("orders.search"));
        find.setId("ordersSearchButton");
        find.setDefaultButton(false);
        find.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        find.setOnAction(e -> search.search());
        Button clear = new Button(Messages.text("orders.clear"));
        clear.setId("ordersClearButton");
        clear.setOnAction(e -> search.clearCriteria());
        CheckBox outstanding = new CheckBox(Messages.text("orders.outstanding"));
        outstanding.setId("ordersPaymentOutstanding");
        outstanding.setMinWidth(Region.USE_PREF_SIZE);
        outstanding.selectedProperty().bindBidirectional(search.paymentOutstandingProperty());
        // Ticked or unticked, the list follows at once: it is a view of its own, not a criterion to type with others.
        outstanding.setOnAction(e -> search.search());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(search.busyProperty());

        GridPane form = new GridPane(8, 6);
        form.addRow(0, formLabel("orders.number"), number, formLabel("orders.email"), email);
        form.addRow(1, formLabel("orders.phone"), phone, formLabel("orders.status"), status);
        form.addRow(2, formLabel("orders.from"), from, formLabel("orders.to"), to);
        HBox actions = new HBox(8, find, clear, outstanding, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        // Enter in any criterion searches.
        for (var node : new javafx.scene.Node[] {number, email, phone}) {
            node.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    search.search();
                    e.consume();
                }
            });
        }

        TableView<OrderSummaryView> table = new TableView<>(search.results());
        table.setId("ordersTable");
        for (TextField field : List.of(number, email, phone)) {
            app.orderdesk.desktop.ui.DownIntoTable.install(field, table); // Down from a search field to the orders found
        }
        // Wrapped emails and names keep the room above and below their text that one-line cells have (issue 13: at 1024 px
        // they touched the row's edges).
        table.getStyleClass().add(Styles.ROOMY_WRAPPED_ROWS);
        app.orderdesk.desktop.ui.Accessibility.describe(table, "orders.table");
        table.setPlaceholder(placeholder(search));
        TableColumn<OrderSummaryView, String> numberColumn = column(Messages.text("orders.column.order"), 110, o -> o.orderNumber());
        TableColumn<OrderSummaryView, String> createdColumn = column(Messages.text("orders.column.created"), 130, o -> StoreDates.dateTime(o.createdAt()));
        TableColumn<OrderSummaryView, String> statusColumn = column(Messages.text("orders.column.status"), 120,
                o -> app.orderdesk.desktop.order.StepWords.status(o.status()));
        TableColumn<OrderSummaryView, String> totalColumn = column(Messages.text("orders.column.total"), 90, o -> Money.format(o.totalCents(), o.currency()));
        // Number, date, status and total are short and fixed in form: they keep their whole text at
        // 1024x640 (each column at least as wide as what it shows, measured whenever the rows change,
        // so in the store's formats); the email and name give way and show in full in their tooltips.
        TableColumn<OrderSummaryView, String> emailColumn = column(Messages.text("orders.column.customer"), 200, o -> o.customerEmail()); // h-a: one line for most at 1280
        TableColumn<OrderSummaryView, String> nameColumn = column(Messages.text("orders.column.name"), 110, o -> o.customerName());
        app.orderdesk.desktop.ui.FullText.atLeast(emailColumn); // the header stays whole; the cells wrap
        emailColumn.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingEmailCells()); // h-a: breaks at '@' and '.', not mid-word
        nameColumn.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingEmailCells()); // h-a: "Schmidt-" over "Leutheusser"
        app.orderdesk.desktop.ui.FullText.atLeast(nameColumn);
        Runnable fit = () -> {
            app.orderdesk.desktop.ui.FullText.atLeast(numberColumn, texts(search, OrderSummaryView::orderNumber));
            app.orderdesk.desktop.ui.FullText.atLeast(createdColumn, texts(search, o -> StoreDates.dateTime(o.createdAt())));
            app.orderdesk.desktop.ui.FullText.atLeast(statusColumn, texts(search, o -> app.orderdesk.desktop.order.StepWords.status(o.status())));
            app.orderdesk.desktop.ui.FullText.atLeast(totalColumn, texts(search, o -> Money.format(o.totalCents(), o.currency())));
            // h-a (issue 13): they stay near that width; email and name take the rest and wrap when still longer.
            for (TableColumn<OrderSummaryView, String> fixed : List.of(numberColumn, createdColumn, statusColumn, totalColumn)) {
                fixed.setMaxWidth(fixed.getMinWidth() + 24);
            }
            // h-a (issue 13): at 1024 px date and status may take two lines ("Nov 28, 2026," over "3:42 PM", "Zahlung" over
            // "abgelehnt"), never breaking a word, so the customer's email gets room to be read; wider, each keeps one line.
            String[] dates = texts(search, o -> StoreDates.dateTime(o.createdAt()));
            String[] datesInTwo = java.util.Arrays.stream(dates).flatMap(d -> java.util.Arrays.stream(d.split("(?<=,) (?!.*, )"))).toArray(String[]::new);
            twoLinesAtMost(createdColumn, dates, datesInTwo);
            String[] statuses = texts(search, o -> app.orderdesk.desktop.order.StepWords.status(o.status()));
            twoLinesAtMost(statusColumn, statuses, java.util.Arrays.stream(statuses).map(app.orderdesk.desktop.ui.FullText::longestWord).toArray(String[]::new));
            // Email and name break only where their cells allow ("@", ".", "-", spaces), so their columns hold the longest piece.
            app.orderdesk.desktop.ui.FullText.atLeast(emailColumn, pieces(search, OrderSummaryView::customerEmail));
            app.orderdesk.desktop.ui.FullText.atLeast(nameColumn, pieces(search, OrderSummaryView::customerName));
            // The constrained policy shares the width out only when the table is resized: with new limits, share it again.
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        };
        fit.run();
        search.results().addListener((javafx.collections.ListChangeListener<OrderSummaryView>) change -> fit.run());
        table.getColumns().add(numberColumn);
        table.getColumns().add(createdColumn);
        table.getColumns().add(statusColumn);
        table.getColumns().add(emailColumn);
        table.getColumns().add(nameColumn);
        table.getColumns().add(totalColumn);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(table, detail);
            }
        });
        // An order shown from another screen is chosen in the list once the search lists it (show()).
        search.results().addListener((javafx.collections.ListChangeListener<OrderSummaryView>) change -> chooseListed(table));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(table, detail);
                e.consume();
            }
        });

        Button previous = new Button(Messages.text("orders.previous"));
        previous.setId("ordersPreviousButton");
        previous.disableProperty().bind(search.hasPreviousProperty().not().or(search.busyProperty()));
        previous.setOnAction(e -> search.previousPage());
        Button next = new Button(Messages.text("orders.next"));
        next.setId("ordersNextButton");
        next.disableProperty().bind(search.hasNextProperty().not().or(search.busyProperty()));
        next.setOnAction(e -> search.nextPage());
        // Off while a page loads: Space, Space pages on instead of pressing whatever the keyboard was pushed to.
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(previous);
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(next);
        Label summary = new Label();
        summary.setId("ordersSummary");
        summary.getStyleClass().add(Styles.HINT_TEXT);
        summary.textProperty().bind(search.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The page buttons keep their words; the summary wraps instead of cutting them at narrow widths.
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        summary.setWrapText(true);
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        HBox paging = new HBox(8, summary, spacer, previous, next);
        paging.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("ordersError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(search.errorProperty());

        Label title = new Label(Messages.text("orders.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox left = new VBox(10, title, form, actions, error, table, paging);
        left.setPadding(new Insets(12));

        root = new SplitPane(left, new OrderDetailView(detail).root());
        root.setDividerPositions(0.67); // the list gets the room it needs at 1024 px; the detail wraps and scrolls
    }

    private static String[] pieces(OrderSearchViewModel search, Function<OrderSummaryView, String> value) {
        return search.results().stream().map(value).flatMap(text -> java.util.Arrays.stream(app.orderdesk.desktop.ui.FullText.emailPieces(text)))
                .toArray(String[]::new);
    }

    private static String[] texts(OrderSearchViewModel search, Function<OrderSummaryView, String> value) {
        return search.results().stream().map(value).toArray(String[]::new);
    }

    private static void open(TableView<OrderSummaryView> table, OrderDetailViewModel detail) {
        OrderSummaryView selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            detail.open(selected.orderId());
        }
    }

    private void chooseListed(TableView<OrderSummaryView> table) {
        if (chooseWhenListed == null) {
            return;
        }
        for (OrderSummaryView listed : search.results()) {
            if (listed.orderId().equals(chooseWhenListed)) {
                chooseWhenListed = null;
                table.getSelectionModel().select(listed);
                table.scrollTo(listed);
                return;
            }
        }
    }

    /** A criterion's label keeps its whole text (German ones are longer); the field beside it gives way. */
    private static Label formLabel(String key) {
        Label label = new Label(Messages.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String prompt, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** The column wraps its cells: never narrower than its longest piece, as wide as its longest whole text when there is room. */
    private static void twoLinesAtMost(TableColumn<OrderSummaryView, String> column, String[] whole, String[] pieces) {
        double full = app.orderdesk.desktop.ui.FullText.widthOf(column, whole);
        column.setMinWidth(app.orderdesk.desktop.ui.FullText.widthOf(column, pieces));
        column.setPrefWidth(full); // the policy shares the width out in proportion: at 1280 px all fit on one line
        column.setMaxWidth(full + 24);
        column.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingCells());
    }

    private static TableColumn<OrderSummaryView, String> column(String title, double width,
                                                               Function<OrderSummaryView, String> value) {
        TableColumn<OrderSummaryView, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(app.orderdesk.desktop.ui.FullText.cells());
        return column;
    }

    /** Puts the keyboard in the first search field (Ctrl+F). */
    /** Shows one order from another screen (a customer's order, an order needing attention): listed by its number, opened. */
    public void show(String orderId, String orderNumber) {
        chooseWhenListed = orderId;
        search.clearCriteria();
        search.orderNumberProperty().set(orderNumber);
        search.search();
        detail.open(orderId);
    }

    public void focusSearch() {
        firstField.requestFocus();
    }

    public Parent root() {
        return root;
    }


    /**
     * What the empty table says: before the first search, how to search; after a search that found nothing, that
     * nothing matched (walked in German: "Suchen, um Bestellungen zu sehen" stayed in the table while the line
     * below said "Keine passenden Bestellungen" - two messages, the bigger one wrong).
     */
    private static Label placeholder(OrderSearchViewModel search) {
        Label placeholder = new Label();
        placeholder.setId("ordersPlaceholder");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.text(search.pageNumberProperty().get() == 0 ? "orders.placeholder"
                        : search.showingTodayProperty().get() ? "orders.placeholder.today" : "orders.placeholder.none"),
                search.pageNumberProperty(), search.showingTodayProperty()));
        return placeholder;
    }
}
