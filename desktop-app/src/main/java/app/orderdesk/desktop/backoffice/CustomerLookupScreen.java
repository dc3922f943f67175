package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.ui.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Customers tab: find a repeat caller by phone or email and see their last orders. Layout only. */
public final class CustomerLookupScreen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final VBox root;
    private final TextField query = new TextField();

    public CustomerLookupScreen(CustomerLookupViewModel model) {
        Label title = new Label("Customers");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        query.setId("customerQuery");
        app.orderdesk.desktop.ui.Accessibility.describe(query, "customers.query");
        query.setPromptText("Phone (any form, e.g. 030 1234567) or email");
        query.setPrefColumnCount(30);
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        Button find = new Button("Find caller");
        find.setId("customerFindButton");
        find.setDefaultButton(false);
        find.setOnAction(e -> model.search());
        Label message = new Label();
        message.setId("customerMessage");
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());
        HBox search = new HBox(8, query, find, message);
        search.setAlignment(Pos.CENTER_LEFT);

        TableView<CustomerView> customers = new TableView<>(model.customers());
        customers.setId("customerTable");
        app.orderdesk.desktop.ui.Accessibility.describe(customers, "customers.table");
        customers.setPlaceholder(new Label("Find a caller by phone or email."));
        customers.getColumns().add(Columns.text("Name", 200, CustomerView::name));
        customers.getColumns().add(Columns.text("Email", 240, CustomerView::email));
        customers.getColumns().add(Columns.text("Phone", 140, c -> c.phone() == null ? "" : c.phone()));
        customers.getColumns().add(Columns.text("Last order", 140, c -> c.lastOrderAt() == null ? "" : WHEN.format(c.lastOrderAt())));
        customers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        customers.setPrefHeight(160);
        customers.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                model.selectedProperty().set(c);
            }
        });
        model.selectedProperty().addListener((obs, old, c) -> customers.getSelectionModel().select(c));

        TableView<OrderSummaryView> orders = new TableView<>(model.orders());
        orders.setId("customerOrdersTable");
        app.orderdesk.desktop.ui.Accessibility.describe(orders, "customers.orders");
        orders.setPlaceholder(new Label("No orders to show."));
        orders.getColumns().add(Columns.text("Order", 110, OrderSummaryView::orderNumber));
        orders.getColumns().add(Columns.text("Placed", 140, o -> o.createdAt() == null ? "" : WHEN.format(o.createdAt())));
        orders.getColumns().add(Columns.text("Status", 120, o -> o.status() == null ? "" : o.status().name()));
        orders.getColumns().add(Columns.text("Total", 100, o -> Columns.money(o.totalCents())));
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(orders, Priority.ALWAYS);
        Label lastOrders = new Label("Their last orders");
        lastOrders.getStyleClass().add(Styles.SECTION_TITLE);

        root = new VBox(10, title, search, customers, lastOrders, orders);
        root.setId("customerScreen");
        root.setPadding(new Insets(12));
    }

    public void focusSearch() {
        query.requestFocus();
        query.selectAll();
    }

    public Parent root() {
        return root;
    }
}
