package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The left half of the place-order screen: product field, lines, customer (the part that scrolls)
 * and the action bar with Submit, which stays in sight however small the window is.
 */
final class OrderFormView {

    /** On the notice when it reports something done (place-order.css). */
    static final String NOTICE_GOOD = "od-notice-good";

    private final VBox content;
    private final VBox actions;
    private final OrderDraftViewModel model;
    private final ProductPickerPane picker;
    private final CustomerPane customer;
    private final Button submit;
    private final OrderLinesTable linesTable;
    private app.orderdesk.desktop.payment.CardField card;
    private final PlaceOrderViewModel screen;
    private Runnable showTop = () -> { };

    OrderFormView(PlaceOrderViewModel screen) {
        this.screen = screen;
        model = screen.draft();
        Label linesTitle = sectionTitle(Messages.text("order.lines"));
        OrderLinesTable table = new OrderLinesTable(model);
        linesTable = table;
        VBox.setVgrow(table.root(), Priority.ALWAYS);

        Label undo = new Label();
        undo.setId("undoRemoveLabel");
        undo.getStyleClass().add(Styles.HINT_TEXT);
        undo.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = model.orderLines().undoTextProperty().get();
            return text.isEmpty() ? "" : Messages.text("order.lines.undoHint", text);
        }, model.orderLines().undoTextProperty()));
        Button undoButton = new Button(Messages.text("order.lines.undo"));
        undoButton.setId("undoRemoveButton");
        undoButton.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        undoButton.setFocusTraversable(false);
        undoButton.setOnAction(e -> model.undoRemove());
        HBox undoRow = new HBox(8, undo, undoButton);
        undoRow.setAlignment(Pos.CENTER_LEFT);
        undoRow.visibleProperty().bind(model.orderLines().undoTextProperty().isNotEmpty());
        undoRow.managedProperty().bind(undoRow.visibleProperty());

        Label stockWarning = new Label();
        stockWarning.setId("stockWarning");
        stockWarning.setWrapText(true);
        stockWarning.getStyleClass().add(Styles.NOTICE_TEXT);
        stockWarning.textProperty().bind(model.orderLines().stockWarningBinding());
        stockWarning.visibleProperty().bind(stockWarning.textProperty().isNotEmpty());
        stockWarning.managedProperty().bind(stockWarning.visibleProperty());

        Label total = new Label();
        total.setId("orderTotal");
        total.getStyleClass().add(Styles.ORDER_TOTAL);
        total.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.text("order.total", Money.format(model.orderLines().totalCentsProperty().get())), model.orderLines().totalCentsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox totalRow = new HBox(spacer, totalsBox(total));

        customer = new CustomerPane(model);
        picker = new ProductPickerPane(model, customer::focusEmail);
        content = new VBox(10, sectionTitle(Messages.text("order.product")), picker.root(), linesTitle, table.root(), undoRow, stockWarning,
                totalRow, sectionTitle(Messages.text("order.customer")), customer.root(), cardSection());
        if (!screen.allowedToOrder()) {
            // A disabled node shows no tooltip, so the reason goes on a label that stays enabled.
            Label why = new Label(screen.disabledReason());
            why.setId("roleNotice");
            why.setWrapText(true);
            why.getStyleClass().add(Styles.ERROR_TEXT);
            why.setTooltip(new Tooltip(screen.disabledReason()));
            Tooltip.install(content, new Tooltip(screen.disabledReason()));
            content.getChildren().addFirst(why);
        }

        submit = new Button(Messages.text("order.submit"));
        submit.setId("submitOrderButton");
        submit.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        submit.disableProperty().bind(model.canSubmitBinding().not());
        submit.setOnAction(e -> submit());
        Button newOrder = new Button(Messages.text("order.new"));
        newOrder.setId("newOrderButton");
        newOrder.setOnAction(e -> newOrder());
        newOrder.setDisable(!screen.allowedToOrder());
        ProgressIndicator sending = new ProgressIndicator();
        sending.setId("orderSending");
        // Fixed at 20 px: beside the long "waiting" words (session 21) the row shrank it to nothing.
        sending.setMinSize(20, 20);
        sending.setPrefSize(20, 20);
        sending.setMaxSize(20, 20);
        sending.visibleProperty().bind(model.submittingProperty());
        Label hint = new Label();
        hint.setId("orderKeysHint");
        // While a send waits long, the hint's place says what happens to the order if no answer comes.
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(model.slowSubmitProperty())
                .then(Messages.text("order.waiting")).otherwise(Messages.text("order.keysHint")));
        hint.getStyleClass().add(Styles.HINT_TEXT);
        hint.setMinWidth(0);
        hint.setWrapText(true); // two short lines rather than a cut shortcut at narrow widths
        hint.setMinHeight(Region.USE_PREF_SIZE); // h-a: as tall as its wrapped lines, never "…"
        app.orderdesk.desktop.ui.FullText.onLabel(hint); // and if it is still cut, the whole text on hover
        for (Region fixed : new Region[] {submit, newOrder}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, submit, newOrder, sending, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("orderError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(model.errorProperty().isNotEmpty());

        Label notice = new Label();
        notice.setId("orderQueuedLabel");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.NOTICE_TEXT);
        notice.textProperty().bind(model.noticeProperty());
        // Good news (the handed-over order went out) in the success colour, not the warning's orange (walked, session 22).
        javafx.beans.binding.BooleanBinding good = model.noticeIsGoodBinding();
        notice.getProperties().put("noticeIsGood", good); // held by the label: a binding only the listener holds is collected
        good.addListener((obs, was, now) -> {
            notice.getStyleClass().remove(NOTICE_GOOD);
            if (now) {
                notice.getStyleClass().add(NOTICE_GOOD);
            }
        });
        // h-a (issue 13): the reason line wraps to as many lines as it needs; squeezed by the form at 1024 px it was cut.
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        actions = new VBox(6, buttons, notice, error);
        actions.setId("orderActions");
        model.placedProperty().addListener((obs, was, placed) -> {
            if (was && !placed) {
                javafx.application.Platform.runLater(this::focusWhatTheReopenedDraftNeeds);
            }
        });
        model.refusedFocusProperty().addListener((obs, was, where) -> {
            if (where != null) {
                javafx.application.Platform.runLater(() -> focusAfterRefusal(where));
            }
        });
    }

    /** See {@link RefusedSendFocus}: the field the server named, else Submit; only when the keyboard was here. */
    private void focusAfterRefusal(RefusedSendFocus where) {
        if (content.getScene() == null || !keyboardInThisForm() || !model.editableBinding().get()) {
            return;
        }
        switch (where) {
            case EMAIL -> customer.focusEmail();
            case NAME -> customer.focusName();
            case PHONE -> customer.focusPhone();
            case LINES -> picker.focus();
            case CARD -> card.focus();
            case SUBMIT -> submit.requestFocus();
        }
    }

    /**
     * A declined or rejected order opens again as a draft. While it was sent its fields were disabled, so the
     * keyboard had fallen to "New order" (walked at 1024x640: Enter there would have thrown the reopened draft
     * away, and another card took three Shift+Tabs). The keyboard goes where the draft needs it: the card number
     * when paying by card (the refused token is spent), otherwise the product field (the lines to fix). Only when
     * the keyboard was in this form: an answer that arrives while people work elsewhere does not pull them back.
     */
    private void focusWhatTheReopenedDraftNeeds() {
        if (content.getScene() == null || model.placedProperty().get() || !keyboardInThisForm()) {
            return;
        }
        if (model.paymentProperty().get() == PaymentOption.CARD) {
            card.focus();
        } else {
            picker.focus();
        }
    }

    private boolean keyboardInThisForm() {
        Node owner = content.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == content || node == actions) {
                return true;
            }
        }
        return owner == null;
    }

    /**
     * Submits, first asking when a line wants more than is in stock (the server still decides; the
     * question only saves a certain rejection).
     */
    void submit() {
        if (!linesTable.commitPendingEdit() || !model.canSubmitBinding().get()) {
            return;
        }
        String warning = model.orderLines().stockWarningBinding().get();
        if (!warning.isEmpty()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, warning + "\n\n" + Messages.text("order.overStock.question"), ButtonType.OK, ButtonType.CANCEL);
            ask.setTitle(Messages.text("order.overStock.title"));
            ask.setHeaderText(Messages.text("order.overStock.header"));
            if (content.getScene() != null) {
                ask.initOwner(content.getScene().getWindow());
            }
            if (ask.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
                return;
            }
        }
        model.submit();
    }

    /** The virtual terminal's card field, shown while "Card" is the payment choice (right under it). */
    private Node cardSection() {
        card = new app.orderdesk.desktop.payment.CardField(model.card());
        Node section = card.root();
        section.visibleProperty().bind(model.paymentProperty().isEqualTo(PaymentOption.CARD));
        section.managedProperty().bind(section.visibleProperty());
        section.disableProperty().bind(model.editableBinding().not());
        return section;
    }

    void focusProduct() {
        picker.focus();
    }

    /**
     * Starts a new draft and puts the keyboard in the product field, with the form shown from its top: walked, session
     * 22, Ctrl+N from a form scrolled down to the card left the "Product" heading above the viewport.
     */
    void newOrder() {
        if (!DiscardDraftView.allows(model, DiscardDraftView.Then.NEW_ORDER,
                content.getScene() == null ? null : content.getScene().getWindow())) {
            return;
        }
        screen.newOrder();
        showTop.run();
        picker.focus();
    }

    /** What shows the form from its top (the scroller it sits in scrolls up). */
    void onShowTop(Runnable showTop) {
        this.showTop = showTop;
    }

    /** Subtotal and one tax line per rate above the total, as the receipt will show them (hidden when nothing is taxed). */
    private VBox totalsBox(Label total) {
        Label subtotal = new Label();
        subtotal.setId("orderSubtotal");
        VBox taxRows = new VBox(2);
        taxRows.setId("orderTaxRows");
        taxRows.setAlignment(Pos.CENTER_RIGHT);
        var totals = model.orderLines().totalsBinding();
        Runnable show = () -> {
            app.orderdesk.pricing.OrderTotals.Totals figures = totals.get();
            boolean taxed = !figures.taxedGroups().isEmpty();
            subtotal.setText(Messages.text("order.subtotal", Money.format(figures.subtotalCents())));
            subtotal.setVisible(taxed);
            subtotal.setManaged(taxed);
            taxRows.getChildren().setAll(figures.taxedGroups().stream().map(group -> {
                Label row = new Label(Messages.text("order.taxAtRate", group.rateText(), Money.format(group.taxCents())));
                row.setId("orderTax-" + group.rateBasisPoints());
                return row;
            }).toList());
        };
        totals.addListener((obs, old, now) -> show.run());
        show.run();
        VBox box = new VBox(2, subtotal, taxRows, total);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    /** The part that scrolls. */
    Node content() {
        return content;
    }

    /** Submit and its messages: always visible. */
    Node actions() {
        return actions;
    }
}
