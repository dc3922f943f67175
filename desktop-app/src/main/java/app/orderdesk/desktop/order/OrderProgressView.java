package app.orderdesk.desktop.order;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right half of the place-order screen: order number, live status, timeline and receipt. */
final class OrderProgressView {

    private final VBox root;

    OrderProgressView(OrderTrackingViewModel model) {
        Label number = new Label();
        number.setId("orderNumberLabel");
        number.getStyleClass().add(Styles.ORDER_NUMBER);
        number.textProperty().bind(model.orderNumberProperty());

        Label status = new Label();
        status.setId("orderStatusLabel");
        status.getStyleClass().add(Styles.ORDER_STATUS);
        status.textProperty().bind(model.statusTextProperty());
        Styles.applyStatus(status, null);
        model.statusProperty().addListener((obs, old, now) -> Styles.applyStatus(status, now));

        Label reason = new Label();
        reason.setId("orderStatusReason");
        reason.setWrapText(true);
        reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // h-a: every wrapped line, never "…"
        reason.textProperty().bind(model.statusReasonProperty());
        reason.getStyleClass().add(Styles.ERROR_TEXT);
        // A reason means something is wrong: a failed order's, and an order still open that needs people — held after a
        // failed step, or its receipt left for follow-up. Those showed "Receipt ready" in the working colour with no
        // word of it (status audit, session 33), as the order's detail says it.
        reason.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            OrderStatus s = model.statusProperty().get();
            return s != null && s != OrderStatus.COMPLETED && !model.statusReasonProperty().get().isEmpty();
        }, model.statusProperty(), model.statusReasonProperty()));
        reason.managedProperty().bind(reason.visibleProperty());

        ListView<TimelineStep> timeline = new ListView<>(model.steps());
        timeline.setId("timelineList");
        app.orderdesk.desktop.ui.Accessibility.describe(timeline, "order.timeline");
        timeline.setCellFactory(list -> new TimelineStepCell(model.statusReasonProperty()::get));
        Label none = new Label(Messages.text("progress.none"));
        none.setWrapText(true);
        timeline.setPlaceholder(none);
        timeline.setPrefHeight(7 * 46 + 4);
        timeline.setMinHeight(120);

        Label message = new Label();
        message.setId("orderMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());

        ReceiptPane receipt = new ReceiptPane(model);
        VBox.setVgrow(receipt.root(), Priority.ALWAYS);

        Label title = new Label(Messages.text("progress.order"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label timelineTitle = new Label(Messages.text("progress.workflow"));
        timelineTitle.getStyleClass().add(Styles.SECTION_TITLE);
        root = new VBox(8, title, number, status, reason, timelineTitle, timeline, message, receipt.root());
    }

    Node root() {
        return root;
    }
}
