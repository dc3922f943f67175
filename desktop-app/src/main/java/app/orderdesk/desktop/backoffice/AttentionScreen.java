package app.orderdesk.desktop.backoffice;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Attention tab (support, managers): the orders that need a person and the two ways out, each
 * confirmed first. Layout only; {@code confirm} asks the question (an alert; tests answer it).
 */
public final class AttentionScreen {


    private final VBox root;
    private app.orderdesk.desktop.ui.OrderOpener openOrder = app.orderdesk.desktop.ui.OrderOpener.NONE;

    public AttentionScreen(AttentionViewModel model) {
        this(model, AttentionScreen::askWithAlert);
    }

    public AttentionScreen(AttentionViewModel model, Predicate<String> confirm) {
        Label title = new Label(Messages.text("attention.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label intro = new Label(Messages.text("attention.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line of the German sentence (h-a)

        TableView<AttentionItemView> table = new TableView<>(model.items());
        table.setId("attentionTable");
        app.orderdesk.desktop.ui.Accessibility.describe(table, "attention.table");
        table.setPlaceholder(new Label(Messages.text("attention.none")));
        table.getColumns().add(Columns.text(Messages.text("attention.column.order"), 110, AttentionItemView::orderNumber));
        table.getColumns().add(Columns.dateTime(Messages.text("attention.column.placed"), 130, model.items(), AttentionItemView::createdAt));
        table.getColumns().add(Columns.wholeText(Messages.text("attention.column.status"), 100, model.items(),
                a -> app.orderdesk.desktop.order.StepWords.status(a.status())));
        // Measured against its words too (session 21: "Process the pa…" at 1024 px once the step was renamed).
        table.getColumns().add(Columns.wholeText(Messages.text("attention.column.failedStep"), 130, model.items(), AttentionScreen::failedStep));
        table.getColumns().add(Columns.wrapping(Messages.text("attention.column.reason"), 380, AttentionViewModel::reasonInWords));
        table.getColumns().add(Columns.text(Messages.text("attention.column.total"), 90, a -> Columns.money(a.totalCents())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        app.orderdesk.desktop.ui.OrderOpener.onRowsOf(table, AttentionItemView::orderId, AttentionItemView::orderNumber, () -> openOrder);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button retry = new Button(Messages.text("attention.retry"));
        retry.setId("attentionRetryButton");
        retry.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        retry.disableProperty().bind(model.canRetryProperty().not());
        retry.setOnAction(e -> {
            AttentionItemView item = model.selectedProperty().get();
            if (item != null && confirm.test(Messages.text("attention.retry.confirm", item.orderNumber(), AttentionViewModel.stepName(item)))) {
                model.retrySelected();
            }
        });
        Button cancel = new Button(Messages.text("attention.cancel"));
        cancel.setId("attentionCancelButton");
        cancel.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        cancel.disableProperty().bind(model.canCancelProperty().not());
        cancel.setOnAction(e -> {
            AttentionItemView item = model.selectedProperty().get();
            if (item != null && confirm.test(Messages.text("attention.cancel.confirm", item.orderNumber()))) {
                model.cancelSelected();
            }
        });
        Button reload = new Button(Messages.text("attention.reload"));
        reload.setId("attentionReloadButton");
        reload.setOnAction(e -> model.load());
        Label message = new Label();
        message.setId("attentionMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());
        // The buttons keep their words (German ones are long); the message beside them wraps (h-a, issue 13).
        for (Button button : new Button[] {retry, cancel, reload}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        message.setMinWidth(0);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, retry, cancel, reload, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(10, title, intro, buttons, table);
        root.setId("attentionScreen");
        root.setPadding(new Insets(12));
    }

    private static boolean askWithAlert(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.setTitle(Messages.text("attention.confirm.title"));
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** What a double-click (or Enter) on a row does: show that order on the Orders tab. */
    public void onOpenOrder(app.orderdesk.desktop.ui.OrderOpener opener) {
        this.openOrder = opener;
    }

    public Parent root() {
        return root;
    }

    static String failedStep(AttentionItemView item) {
        return item.failedStep() == null ? "—" : app.orderdesk.desktop.order.StepWords.stepName(item.failedStep());
    }
}
