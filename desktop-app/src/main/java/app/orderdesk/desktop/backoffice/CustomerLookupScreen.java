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

/**
 * The Customers tab: find a repeat caller by phone or email and see their last orders; a manager also saves the
 * directory as CSV and erases a customer, asked first. Layout only; {@code confirm} asks the question and
 * {@code saveAs} chooses the file (dialogs; tests answer them).
 */
public final class CustomerLookupScreen {

    private final VBox root;
    private final TextField query = new TextField();
    private app.orderdesk.desktop.ui.OrderOpener openOrder = app.orderdesk.desktop.ui.OrderOpener.NONE;

    public CustomerLookupScreen(CustomerLookupViewModel model) {
        this(model, CustomerLookupScreen::askWithAlert, CustomerLookupScreen::chooseCsvFile);
    }

    public CustomerLookupScreen(CustomerLookupViewModel model, java.util.function.Predicate<String> confirm,
                                java.util.function.Function<javafx.stage.Window, java.nio.file.Path> saveAs) {
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
        find.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox search = new HBox(8, query, find);
        search.setAlignment(Pos.CENTER_LEFT);
        if (model.manager()) {
            Button export = new Button(Messages.text("customers.export"));
            export.setId("customerExportButton");
            app.orderdesk.desktop.ui.Accessibility.describe(export, "customers.export");
            export.setTooltip(new javafx.scene.control.Tooltip(Messages.text("a11y.customers.export.help")));
            export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            export.disableProperty().bind(model.busyProperty());
            export.setOnAction(e -> {
                java.nio.file.Path file = saveAs.apply(export.getScene().getWindow());
                if (file != null) {
                    model.exportCsv(file);
                }
            });
            Button erase = new Button(Messages.text("customers.erase"));
            erase.setId("customerEraseButton");
            app.orderdesk.desktop.ui.Accessibility.describe(erase, "customers.erase");
            erase.setTooltip(new javafx.scene.control.Tooltip(Messages.text("a11y.customers.erase.help")));
            erase.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            erase.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
            erase.disableProperty().bind(model.canEraseBinding().not());
            erase.setOnAction(e -> {
                CustomerView customer = model.selectedProperty().get();
                if (customer != null && confirm.test(Messages.text("customers.erase.confirm", CustomerLookupViewModel.describe(customer)))) {
                    model.eraseSelected();
                }
            });
            app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(erase);
            search.getChildren().addAll(export, erase);
        }
        query.setMinWidth(160);
        // Its own line under the buttons: beside them at 1024 px a manager's "1 customer found." was cut to "1 customer …".
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

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
        // The header and about three rows even at 640 px, where the message line above took a row's room (session 20).
        customers.setMinHeight(120);
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
        orders.getColumns().add(Columns.wholeText(Messages.text("customers.orders.column.status"), 120, model.orders(),
                o -> app.orderdesk.desktop.order.StepWords.status(o.status())));
        orders.getColumns().add(Columns.text(Messages.text("customers.orders.column.total"), 100, o -> Columns.money(o.totalCents())));
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        app.orderdesk.desktop.ui.OrderOpener.onRowsOf(orders, OrderSummaryView::orderId, OrderSummaryView::orderNumber, () -> openOrder);
        VBox.setVgrow(orders, Priority.ALWAYS);
        Label lastOrders = new Label(Messages.text("customers.orders.title"));
        lastOrders.getStyleClass().add(Styles.SECTION_TITLE);

        root = new VBox(10, title, search, message, customers, lastOrders, orders);
        root.setId("customerScreen");
        root.setPadding(new Insets(12));
    }

    private static boolean askWithAlert(String question) {
        javafx.scene.control.ButtonType eraseChoice = new javafx.scene.control.ButtonType(Messages.text("customers.erase.yes"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, question,
                eraseChoice, javafx.scene.control.ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.setTitle(Messages.text("customers.erase.title"));
        // It cannot be undone: Enter keeps the customer, the erasure takes a deliberate choice of Erase.
        ((Button) alert.getDialogPane().lookupButton(eraseChoice)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(eraseChoice::equals).isPresent();
    }

    private static java.nio.file.Path chooseCsvFile(javafx.stage.Window owner) {
        return app.orderdesk.desktop.ui.Folders.chooseCsvToSave(owner, Messages.text("customers.export.title"), "customers.csv");
    }

    /** What a double-click (or Enter) on one of the customer's orders does: show it on the Orders tab. */
    public void onOpenOrder(app.orderdesk.desktop.ui.OrderOpener opener) {
        this.openOrder = opener;
    }

    public void focusSearch() {
        query.requestFocus();
        query.selectAll();
    }

    public Parent root() {
        return root;
    }
}
