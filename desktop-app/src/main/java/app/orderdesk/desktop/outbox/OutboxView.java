package app.orderdesk.desktop.outbox;

import app.orderdesk.desktop.order.StoreDates;
import app.orderdesk.desktop.ui.FullText;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Outbox tab: orders waiting for the connection, and those the server refused. */
public final class OutboxView {


    private final VBox root;

    public OutboxView(OutboxViewModel model) {
        Label intro = new Label(Messages.text("outbox.intro"));
        intro.setWrapText(true);
        TableView<OutboxEntry> table = new TableView<>(model.entries());
        table.setId("outboxTable");
        app.orderdesk.desktop.ui.Accessibility.describe(table, "outbox.table");
        table.setPlaceholder(new Label(Messages.text("outbox.none")));
        TableColumn<OutboxEntry, String> takenAt = column(Messages.text("outbox.column.takenAt"), 150, e -> StoreDates.dateTime(e.orderedAt()));
        TableColumn<OutboxEntry, String> customer = column(Messages.text("outbox.column.customer"), 200, OutboxEntry::customerEmail);
        TableColumn<OutboxEntry, String> lines = column(Messages.text("outbox.column.lines"), 60, e -> e.request() == null || e.request().lines() == null
                ? "0" : Integer.toString(e.request().lines().size()));
        TableColumn<OutboxEntry, String> attempts = column(Messages.text("outbox.column.attempts"), 70, e -> Integer.toString(e.attempts()));
        TableColumn<OutboxEntry, String> state = column(Messages.text("outbox.column.state"), 320, model::stateOf);
        state.setCellValueFactory(cell -> Bindings.createStringBinding(() -> model.stateOf(cell.getValue()), model.inFlightProperty()));
        table.getColumns().setAll(List.of(takenAt, customer, lines, attempts, state));
        // Time, counts and headers stay whole (measured per language and whenever the entries change);
        // a long email or refusal gives way and reads whole in its tooltip.
        Runnable fit = () -> {
            FullText.atLeast(takenAt, model.entries().stream().map(e -> StoreDates.dateTime(e.orderedAt())).toArray(String[]::new));
            FullText.atLeast(lines, "999");
            FullText.atLeast(attempts, "999");
            FullText.atLeast(customer);
            FullText.atLeast(state);
        };
        fit.run();
        model.entries().addListener((javafx.collections.ListChangeListener<OutboxEntry>) change -> fit.run());
        FullText.onHeaders(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OutboxEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().remove(Styles.OUTBOX_FAILED);
                if (!empty && entry != null && entry.status() == OutboxEntry.Status.FAILED) {
                    getStyleClass().add(Styles.OUTBOX_FAILED);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button sendNow = new Button(Messages.text("outbox.sendNow"));
        sendNow.setId("outboxSendNowButton");
        sendNow.disableProperty().bind(Bindings.equal(0, model.queuedCountBinding()).or(model.sendingProperty()).or(model.heldProperty()));
        sendNow.setOnAction(e -> model.retryNow());
        Button requeue = new Button(Messages.text("outbox.tryAgain"));
        requeue.setId("outboxRequeueButton");
        requeue.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            OutboxEntry selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.status() != OutboxEntry.Status.FAILED || model.heldProperty().get();
        }, table.getSelectionModel().selectedItemProperty(), model.heldProperty()));
        requeue.setOnAction(e -> model.requeue(table.getSelectionModel().getSelectedItem()));
        Button discard = new Button(Messages.text("outbox.discard"));
        discard.setId("outboxDiscardButton");
        discard.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        discard.disableProperty().bind(requeue.disableProperty());
        discard.setOnAction(e -> model.discard(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.setId("outboxMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());
        // The buttons keep their words at 1024 px; the message beside them wraps instead.
        for (Button button : new Button[] {sendNow, requeue, discard}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(8, sendNow, requeue, discard, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(Messages.text("outbox.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        root = new VBox(10, title, intro, buttons, table);
        root.setPadding(new Insets(12));
    }

    private static TableColumn<OutboxEntry, String> column(String title, double width, Function<OutboxEntry, String> value) {
        TableColumn<OutboxEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(FullText.cells());
        return column;
    }

    public Parent root() {
        return root;
    }
}
