package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
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


    private final VBox root;
    private final TextField query = new TextField();

    public CustomerLookupScreen(CustomerLookupViewModel model) {
        Label title = new Label(Messages.text("customers.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        query.setId("customerQuery");
        app.orderdesk.desktop.ui.Accessibility.describe(query, "customers.query");
        query.setPromptText(Messages.text("customers.query.prompt"));
        query.setPrefColumnCount(36); // the German prompt (with its example number) shows whole (h-a, issue 13)
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        Button find = new Button(Messages.text("customers.find"));
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
        customers.setPlaceholder(new Label(Messages.text("customers.none")));
        customers.getColumns().add(Columns.text(Messages.text("customers.column.name"), 200, CustomerView::name));
        customers.getColumns().add(Columns.text(Messages.text("customers.column.email"), 240, CustomerView::email));
        customers.getColumns().add(Columns.text(Messages.text("customers.column.phone"), 140, c -> c.phone() == null ? "" : c.phone()));
        customers.getColumns().add(Columns.dateTime(Messages.text("customers.column.lastOrder"), 140, model.customers(), CustomerView::lastOrderAt));
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
        orders.setPlaceholder(new Label(Messages.text("customers.orders.none")));
        orders.getColumns().add(Columns.text(Messages.text("customers.orders.column.order"), 110, OrderSummaryView::orderNumber));
        orders.getColumns().add(Columns.dateTime(Messages.text("customers.orders.column.placed"), 140, model.orders(), OrderSummaryView::createdAt));
        orders.getColumns().add(Columns.text(Messages.text("customers.orders.column.status"), 120, o -> app.orderdesk.desktop.order.StepWords.status(o.status())));
        orders.getColumns().add(Columns.text(Messages.text("customers.orders.column.total"), 100, o -> Columns.money(o.totalCents())));
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(orders, Priority.ALWAYS);
        Label lastOrders = new Label(Messages.text("customers.orders.title"));
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
