package app.orderdesk.desktop.orders;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.order.OrderTrackingViewModel;
import app.orderdesk.desktop.order.ReceiptPane;
import app.orderdesk.desktop.order.TimelineStepCell;
import app.orderdesk.desktop.refunds.CreditNotesPane;
import app.orderdesk.desktop.refunds.RefundDialog;
import app.orderdesk.desktop.refunds.RefundViewModel;
import app.orderdesk.desktop.ui.FullText;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import app.orderdesk.desktop.ui.TableFitsItsRows;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The detail of one order: status and why, customer, lines, live timeline, receipt and actions. */
final class OrderDetailView {

    // The table's border and its vertical scroll bar take this much of its width from the columns.
    private static final double TABLE_CHROME = 20;
    private static final double NARROWEST = 30;
    // The least height is the header and one row: an order of one or two lines had empty rows' room under them at 150.
    private static final double LINES_HEIGHT = 80;
    private static final double LINES_MAX_HEIGHT = 420;
    // The placeholder's line; at most about 30 steps (an order retried and refunded many times) before it scrolls.
    private static final double TIMELINE_LEAST_HEIGHT = 60;
    private static final double TIMELINE_MOST_HEIGHT = 1500;

    private final ScrollPane root;

    OrderDetailView(OrderDetailViewModel model) {
        OrderTrackingViewModel tracking = model.tracking();

        Label number = new Label();
        number.setId("detailOrderNumber");
        number.getStyleClass().add(Styles.ORDER_NUMBER);
        number.textProperty().bind(tracking.orderNumberProperty());
        Label status = new Label();
        status.setId("detailStatus");
        status.getStyleClass().add(Styles.ORDER_STATUS);
        status.textProperty().bind(tracking.statusTextProperty());
        tracking.statusProperty().addListener((obs, old, now) -> Styles.applyStatus(status, now));
        Label reason = new Label();
        reason.setId("detailStatusReason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE); // h-a: every wrapped line, never "…"
        reason.getStyleClass().add(Styles.ERROR_TEXT);
        reason.textProperty().bind(tracking.statusReasonProperty());

        Label customer = new Label();
        customer.setId("detailCustomer");
        customer.setWrapText(true);
        customer.setMinHeight(Region.USE_PREF_SIZE);
        customer.textProperty().bind(text(tracking, OrderDetailView::describeCustomer));
        Label payment = new Label();
        payment.setId("detailPayment");
        payment.setWrapText(true);
        payment.setMinHeight(Region.USE_PREF_SIZE);
        payment.textProperty().bind(model.payment().textBinding());
        payment.visibleProperty().bind(payment.textProperty().isNotEmpty());
        payment.managedProperty().bind(payment.visibleProperty());
        Label total = new Label();
        total.setId("detailTotal");
        total.getStyleClass().add(Styles.ORDER_TOTAL);
        total.textProperty().bind(text(tracking, o -> Messages.text("detail.total", Money.format(o.totalCents(), o.currency()))));

        TableView<OrderLineView> lines = new TableView<>();
        lines.setId("detailLines");
        // Wrapped names keep room above and below, as in the orders list (ADR 0046). The table is as tall as its rows are
        // laid out, so an order's lines show without a scroll area of their own inside the scrolling detail (up to a limit).
        lines.getStyleClass().add(Styles.ROOMY_WRAPPED_ROWS);
        TableFitsItsRows.install(lines, LINES_HEIGHT, LINES_MAX_HEIGHT);
        lines.setPlaceholder(new Label(Messages.text("detail.lines.none")));
        TableColumn<OrderLineView, String> sku = column(Messages.text("detail.column.sku"), 80, OrderLineView::sku);
        TableColumn<OrderLineView, String> product = column(Messages.text("detail.column.product"), 170, OrderLineView::name);
        TableColumn<OrderLineView, String> quantity = column(Messages.text("detail.column.quantity"), 60, l -> Integer.toString(l.quantity()));
        TableColumn<OrderLineView, String> unit = column(Messages.text("detail.column.unit"), 90, l -> Money.format(l.unitPriceCents(), currencyOf(tracking)));
        TableColumn<OrderLineView, String> lineTotal = column(Messages.text("detail.column.lineTotal"), 90, l -> Money.format(l.lineTotalCents(), currencyOf(tracking)));
        sku.setCellFactory(FullText.wrappingCells()); // a long SKU wraps rather than being cut (h-a, issue 13)
        // Narrow (the detail beside the list at 1024 px is about 260 px wide), the table keeps two columns: the
        // product cell holds name, SKU, quantity and unit price on wrapped lines, the line total keeps its own.
        BooleanProperty compact = new SimpleBooleanProperty(false);
        product.setCellValueFactory(cell -> Bindings.createStringBinding(() -> productText(cell.getValue(), compact.get(), currencyOf(tracking)), compact));
        // The name wraps at every width (at 1280 px beside the list a long name was cut to "Organic …").
        product.setCellFactory(FullText.wrappingCells());
        lines.getColumns().setAll(List.of(sku, product, quantity, unit, lineTotal));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        FullText.onHeaders(lines); // a header cut in a narrow window reads whole on hover and to a screen reader
        // Quantity, unit price and line total keep their header and every value whole (measured per order,
        // in the store's formats). SKU and product columns show while every SKU and both headers fit whole;
        // narrower, the table keeps product (name, SKU, quantity × unit price on wrapped lines) and line total,
        // and their headers read whole in tooltips and accessible texts.
        Runnable fit = () -> {
            List<OrderLineView> shown = lines.getItems();
            FullText.atLeast(quantity, texts(shown, l -> Integer.toString(l.quantity())));
            FullText.atLeast(unit, texts(shown, l -> Money.format(l.unitPriceCents(), currencyOf(tracking))));
            FullText.atLeast(lineTotal, texts(shown, l -> Money.format(l.lineTotalCents(), currencyOf(tracking))));
            double numbers = quantity.getMinWidth() + unit.getMinWidth() + lineTotal.getMinWidth();
            double skuWhole = FullText.widthOf(sku, texts(shown, OrderLineView::sku));
            double room = lines.getWidth() <= 0 ? Double.MAX_VALUE : lines.getWidth() - TABLE_CHROME;
            // Beside the numbers the table shows SKU and product only while every SKU fits whole (a SKU broken
            // mid-word, "CUP-M / UG-35 / 0", read as three codes at 1280 px); otherwise the compact product cell.
            boolean narrow = room < numbers + Math.max(skuWhole, FullText.widthOf(sku)) + FullText.widthOf(product);
            if (narrow != compact.get()) {
                compact.set(narrow);
                sku.setVisible(!narrow);
                quantity.setVisible(!narrow);
                unit.setVisible(!narrow);
            }
            if (narrow) {
                // The line total keeps just its measured width; the product gets the rest for its lines.
                sku.setMinWidth(0);
                product.setMinWidth(NARROWEST);
                lineTotal.setMaxWidth(lineTotal.getMinWidth());
                return;
            }
            lineTotal.setMaxWidth(Double.MAX_VALUE);
            sku.setMinWidth(Math.max(skuWhole, FullText.widthOf(sku))); // whole: the table is compact otherwise
            product.setMinWidth(FullText.widthOf(product));
            // With room for every SKU and name whole they are whole: the resize policy shares out only what is left.
            double productWhole = FullText.widthOf(product, texts(shown, OrderLineView::name));
            if (room >= numbers + skuWhole + productWhole) {
                sku.setMinWidth(skuWhole);
                product.setMinWidth(productWhole);
            }
        };
        tracking.orderProperty().addListener((obs, old, now) -> {
            lines.setItems(FXCollections.observableArrayList(now == null || now.lines() == null ? List.of() : now.lines()));
            fit.run();
        });
        lines.widthProperty().addListener((obs, old, now) -> fit.run());
        fit.run();

        Button resend = new Button(Messages.text("detail.resend"));
        resend.setId("resendEmailButton");
        resend.disableProperty().bind(model.canResendBinding().not());
        resend.setOnAction(e -> new ResendReceiptView(tracking.orderNumberProperty().get(), model.customerEmail(),
                model.resendToToRetry(), resend.getScene().getWindow()).ask().ifPresent(model::resendReceipt));
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(resend);
        Button cancel = new Button(Messages.text("detail.cancel"));
        cancel.setId("cancelOrderButton");
        cancel.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        cancel.disableProperty().bind(model.canCancelBinding().not());
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(cancel);
        cancel.setOnAction(e -> {
            // a reason typed for a cancel that failed is offered again, not typed again from memory
            TextInputDialog ask = new TextInputDialog(model.cancelReasonToRetry());
            ask.setTitle(Messages.text("detail.cancel.title"));
            ask.setHeaderText(Messages.text("detail.cancel.header", tracking.orderNumberProperty().get()));
            ask.setContentText(Messages.text("detail.cancel.reason"));
            ask.initOwner(cancel.getScene().getWindow());
            ask.showAndWait().ifPresent(model::cancel);
        });
        // The buttons keep their words and wrap onto a second row when the pane is narrow (German, 1280 px).
        FlowPane actions = new FlowPane(8, 8, withReason(resend, model.resendDisabledReasonBinding()),
                withReason(cancel, model.cancelDisabledReasonBinding()));
        resend.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        if (model.mayRefund()) {
            actions.getChildren().add(withReason(refundButton(model), model.refundDisabledReasonBinding()));
            PaymentOnDeliveryViewModel onDelivery = model.payment();
            Button record = paymentButton(model);
            Button undo = undoPaymentButton(model);
            // Before the buttons' own bindings, so it sees the keyboard where it was before one of them went.
            keyboardFollowsTheSwap(onDelivery.offersUndoBinding(), record, undo);
            Node recordAction = withReason(record, onDelivery.recordDisabledReasonBinding());
            recordAction.visibleProperty().bind(onDelivery.offersRecordBinding()); // orders paid on delivery only
            recordAction.managedProperty().bind(recordAction.visibleProperty());
            undo.visibleProperty().bind(onDelivery.offersUndoBinding()); // in its place once a payment is recorded
            undo.managedProperty().bind(undo.visibleProperty());
            actions.getChildren().addAll(recordAction, undo);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPrefWrapLength(0); // wrap at the pane's width, not at FlowPane's default 400 px
        Label message = new Label();
        message.setId("detailMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(Bindings.createStringBinding(() -> join(model.messageProperty().get(),
                tracking.messageProperty().get()), model.messageProperty(), tracking.messageProperty()));

        ListView<TimelineStep> timeline = new ListView<>(tracking.steps());
        timeline.setId("detailTimeline");
        timeline.setCellFactory(list -> new TimelineStepCell(tracking.statusReasonProperty()::get));
        timeline.setPlaceholder(new Label(Messages.text("detail.timeline.none")));
        // As tall as its steps: the detail scrolls, the timeline has no scroll box of its own to hide its last step in.
        app.orderdesk.desktop.ui.TableFitsItsRows.install(timeline, TIMELINE_LEAST_HEIGHT, TIMELINE_MOST_HEIGHT);

        VBox content = new VBox(8, sectionTitle(Messages.text("detail.section.order")), number, status, reason, customer, payment, lines, total, actions, message,
                sectionTitle(Messages.text("detail.section.workflow")), timeline, new ReceiptPane(tracking, "detail").root(),
                new CreditNotesPane(model.creditNotes(), () -> tracking.orderNumberProperty().get()).root());
        content.setId("orderDetail");
        content.setPadding(new Insets(12));
        Label empty = new Label(Messages.text("detail.empty"));
        empty.getStyleClass().add(Styles.HINT_TEXT);
        empty.setWrapText(true); // the German sentence is longer than the pane is wide
        empty.setPadding(new Insets(24));
        content.visibleProperty().bind(tracking.orderNumberProperty().isNotEmpty());
        empty.visibleProperty().bind(content.visibleProperty().not());
        root = new ScrollPane(new StackPane(empty, content));
        root.setId("orderDetailScroller");
        root.setFitToWidth(true);
        app.orderdesk.desktop.ui.FocusFollowingScroll.install(root); // h-a: the detail's buttons below the fold scroll into view
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
    }

    private static Button refundButton(OrderDetailViewModel model) {
        Button refund = new Button(Messages.text("detail.refund"));
        refund.setMinWidth(Region.USE_PREF_SIZE);
        refund.setId("refundButton");
        refund.disableProperty().bind(model.canRefundBinding().not());
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(refund);
        refund.setOnAction(e -> {
            RefundViewModel draft = model.newRefund();
            if (draft != null) {
                new RefundDialog(draft, refund.getScene().getWindow()).show();
            }
        });
        return refund;
    }

    private static Button paymentButton(OrderDetailViewModel model) {
        Button record = new Button(Messages.text("detail.payment.button"));
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setId("paymentReceivedButton");
        record.disableProperty().bind(model.payment().canRecordBinding().not());
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(record);
        record.setOnAction(e -> {
            OrderView order = model.tracking().orderProperty().get();
            if (order == null) {
                return;
            }
            new RecordPaymentView(order.orderNumber(), Money.format(order.totalCents(), order.currency()), model.payment().paymentToRetry(),
                    record.getScene().getWindow())
                    .ask().ifPresent(answer -> model.payment().record(answer.method(), answer.note()));
        });
        return record;
    }

    /**
     * "Payment received…" and "Undo payment record…" take each other's place: the keyboard on the one that goes moves
     * to the one that comes. Without it, after an undo JavaFX put it on the message banner's close button.
     */
    private static void keyboardFollowsTheSwap(javafx.beans.value.ObservableValue<Boolean> undoShown, Button record, Button undo) {
        undoShown.addListener((obs, was, now) -> {
            Button going = now ? record : undo;
            Button coming = now ? undo : record;
            if (going.isFocused()) {
                javafx.application.Platform.runLater(coming::requestFocus); // once both have their new visibility
            }
        });
    }

    private static Button undoPaymentButton(OrderDetailViewModel model) {
        Button undo = new Button(Messages.text("detail.payment.undo.button"));
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setId("undoPaymentButton");
        undo.disableProperty().bind(model.payment().canUndoBinding().not());
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(undo);
        undo.setOnAction(e -> {
            OrderView order = model.tracking().orderProperty().get();
            if (order == null || order.paymentReceived() == null) {
                return;
            }
            new UndoPaymentView(order, model.payment().undoReasonToRetry(), undo.getScene().getWindow()).ask().ifPresent(model.payment()::undo);
        });
        return undo;
    }

    /** A disabled control shows no tooltip, so the reason also goes on a wrapper that stays enabled. */
    private static Node withReason(Button button, StringBinding reason) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(reason);
        button.setTooltip(tip);
        StackPane wrapper = new StackPane(button);
        Tooltip wrapperTip = new Tooltip();
        wrapperTip.textProperty().bind(reason);
        reason.addListener((obs, old, now) -> {
            if (now == null || now.isEmpty()) {
                Tooltip.uninstall(wrapper, wrapperTip);
            } else {
                Tooltip.install(wrapper, wrapperTip);
            }
        });
        if (!reason.get().isEmpty()) {
            Tooltip.install(wrapper, wrapperTip);
        }
        return wrapper;
    }

    private static StringBinding text(OrderTrackingViewModel tracking, Function<OrderView, String> format) {
        return Bindings.createStringBinding(() -> {
            OrderView order = tracking.orderProperty().get();
            return order == null ? "" : format.apply(order);
        }, tracking.orderProperty());
    }

    static String describeCustomer(OrderView order) {
        CustomerDetails c = order.customer();
        if (c == null) {
            return "";
        }
        String contact = c.phone() == null ? c.email() : c.email() + " · " + c.phone();
        String who = Messages.text("detail.customer", c.name(), contact);
        // A refunded order keeps saying how it was paid (walked, session 24: support needs it most then).
        if (order.status() != OrderStatus.COMPLETED && order.status() != OrderStatus.PARTIALLY_REFUNDED
                && order.status() != OrderStatus.REFUNDED) {
            return who;
        }
        // Walked, session 21: an order on invoice / pay on delivery read "paid" like a card order. Since ADR 0068
        // nothing is charged for one, so it has no payment id to show.
        if (order.paymentMethod() == app.orderdesk.api.PaymentMethod.ON_DELIVERY) {
            return Messages.text("detail.customer.paid.ON_DELIVERY", who);
        }
        if (order.paymentId() == null) {
            return who;
        }
        String key = order.paymentMethod() == null ? "detail.customer.paid" : "detail.customer.paid." + order.paymentMethod().name();
        return Messages.text(key, who, order.paymentId());
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + " · " + b;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    /** The product cell's words: the name, and when the table is narrow SKU, quantity and unit price under it. */
    static String productText(OrderLineView line, boolean compact, String currency) {
        if (line == null) {
            return "";
        }
        return compact ? line.name() + "\n" + Messages.text("detail.line.compact", line.sku(), line.quantity(),
                Money.format(line.unitPriceCents(), currency)) : line.name();
    }

    /** The currency of the order shown (its lines are priced in it); null before one is shown. */
    private static String currencyOf(OrderTrackingViewModel tracking) {
        OrderView order = tracking.orderProperty().get();
        return order == null ? null : order.currency();
    }

    private static String[] texts(List<OrderLineView> lines, Function<OrderLineView, String> value) {
        return lines.stream().map(value).toArray(String[]::new);
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    Node root() {
        return root;
    }
}
