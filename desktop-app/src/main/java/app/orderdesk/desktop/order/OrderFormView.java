package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left half of the place-order screen: the draft and its Submit / New order buttons. */
final class OrderFormView {

    private final VBox root;

    OrderFormView(PlaceOrderViewModel screen) {
        OrderDraftViewModel model = screen.draft();
        Label linesTitle = sectionTitle("Order lines");
        OrderLinesTable table = new OrderLinesTable(model);
        VBox.setVgrow(table.root(), Priority.ALWAYS);

        Label total = new Label();
        total.setId("orderTotal");
        total.getStyleClass().add(Styles.ORDER_TOTAL);
        total.textProperty().bind(Bindings.createStringBinding(
                () -> "Total " + Money.format(model.totalCentsProperty().get()), model.totalCentsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox totalRow = new HBox(spacer, total);

        Button submit = new Button("Submit order");
        submit.setId("submitOrderButton");
        submit.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        submit.disableProperty().bind(model.canSubmitBinding().not());
        submit.setOnAction(e -> model.submit());
        Button newOrder = new Button("New order");
        newOrder.setId("newOrderButton");
        newOrder.setOnAction(e -> screen.newOrder());
        newOrder.setDisable(!screen.allowedToOrder());
        ProgressIndicator sending = new ProgressIndicator();
        sending.setMaxSize(20, 20);
        sending.visibleProperty().bind(model.submittingProperty());
        Label hint = new Label("Ctrl+Enter submits · Ctrl+N starts a new order");
        hint.getStyleClass().add(Styles.HINT_TEXT);
        HBox buttons = new HBox(8, submit, newOrder, sending, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("orderError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());

        Label notice = new Label();
        notice.setId("orderQueuedLabel");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.NOTICE_TEXT);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        root = new VBox(10, sectionTitle("Product"), new ProductPickerPane(model).root(), linesTitle, table.root(),
                totalRow, sectionTitle("Customer"), new CustomerPane(model).root(), buttons, notice, error);
        if (!screen.allowedToOrder()) {
            // A disabled node shows no tooltip, so the reason goes on a label that stays enabled.
            Label why = new Label(screen.disabledReason());
            why.setId("roleNotice");
            why.getStyleClass().add(Styles.ERROR_TEXT);
            why.setTooltip(new Tooltip(screen.disabledReason()));
            Tooltip.install(root, new Tooltip(screen.disabledReason()));
            root.getChildren().addFirst(why);
        }
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    Node root() {
        return root;
    }
}
