package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The order being drafted, made of its panes' models (product field, lines, customer) plus the
 * payment choice and the submit command. One idempotency key belongs to one draft, so every retry
 * of the same draft is the same order; a draft reopened after a rejection gets a new one.
 */
public final class OrderDraftViewModel {

    public static String queuedNotice() {
        return Messages.text("order.queued");
    }

    private final ProductSearchViewModel search;
    private final OrderLinesViewModel lines = new OrderLinesViewModel();
    private final CustomerViewModel customer = new CustomerViewModel();
    // Pay on delivery by default: a phone order needs no card typed unless the caller pays by card.
    private final ObjectProperty<PaymentOption> payment = new SimpleObjectProperty<>(PaymentOption.PAY_ON_DELIVERY);
    private final app.orderdesk.desktop.payment.CardEntryViewModel card;
    static final java.time.Duration SLOW_SUBMIT = java.time.Duration.ofSeconds(3);

    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    // True once a send has waited SLOW_SUBMIT without an answer (walked frozen, session 21: a spinner alone for the
    // 30 s before the order went to the outbox, nothing saying that it would).
    private final ReadOnlyBooleanWrapper slowSubmit = new ReadOnlyBooleanWrapper(false);
    private int sends;
    // Set when the server refuses a send outright (null while none is refused): where the keyboard goes next.
    private final javafx.beans.property.ReadOnlyObjectWrapper<RefusedSendFocus> refusedFocus = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper placed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper queued = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** The notice that reports something done (shown as good news, not as a warning) while it is the one shown. */
    private final ReadOnlyStringWrapper goodNotice = new ReadOnlyStringWrapper("");
    private final BooleanProperty allowedToOrder = new SimpleBooleanProperty(true);
    private final BooleanBinding editable;
    private final BooleanBinding canAddLine;
    private final BooleanBinding canSubmit;

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Supplier<String> keyFactory;
    private final Consumer<PlaceOrderResponse> onPlaced;
    private String idempotencyKey;
    private OrderOutbox outbox;
    // The request of the latest send, and the number of the send handed to the outbox before its answer came.
    private PlaceOrderRequest sending;
    private int handedToOutbox;
    private String handedOverKey;
    /** The products whose stock is being read now; true when asked again meanwhile (FX thread only). */
    private final java.util.Map<String, Boolean> stockReads = new java.util.HashMap<>();

    public OrderDraftViewModel(ApiClient api, BackgroundExecutor executor, Consumer<PlaceOrderResponse> onPlaced) {
        this(api, executor, () -> UUID.randomUUID().toString(), onPlaced);
    }

    OrderDraftViewModel(ApiClient api, BackgroundExecutor executor, Supplier<String> keyFactory, Consumer<PlaceOrderResponse> onPlaced) {
        this.api = api;
        this.executor = executor;
        submitting.addListener((obs, was, now) -> {
            if (!now) {
                slowSubmit.set(false);
            }
        });
        this.keyFactory = keyFactory;
        this.onPlaced = onPlaced;
        this.idempotencyKey = keyFactory.get();
        this.search = new ProductSearchViewModel(api, executor, error::set, gone -> {
            if (gone.equals(error.get())) {
                error.set(""); // only the search's own failure: a refused submit stays said
            }
        });
        editable = allowedToOrder.and(submitting.not()).and(placed.not()).and(queued.not());
        canAddLine = editable.and(search.selectedProperty().isNotNull()).and(search.quantityProperty().greaterThan(0));
        this.card = new app.orderdesk.desktop.payment.CardEntryViewModel(new app.orderdesk.desktop.payment.SimulatedCardTokenizer(),
                executor, () -> java.time.YearMonth.now(StoreDates.zone())); // the store's month, not the PC's
        canSubmit = editable.and(Bindings.isNotEmpty(lines.lines())).and(customer.completeBinding()).and(paymentReady());
    }

    /** Pay on delivery, or a card whose token is ready. */
    private BooleanBinding paymentReady() {
        return Bindings.createBooleanBinding(() -> payment.get() != null
                        && (payment.get().fixedToken() != null || !card.tokenProperty().get().isEmpty()),
                payment, card.tokenProperty());
    }

    /** Loads the products the product field offers. */
    public void loadProducts() {
        search.load();
    }

    /** Adds the highlighted product with the typed quantity, then empties the field for the next one. */
    public void addLine() {
        if (!canAddLine.get()) {
            return;
        }
        lines.add(search.selectedProperty().get(), search.quantityProperty().get());
        search.clear();
    }

    /**
     * Enter in the product field: adds the highlighted match with the typed quantity. Typed faster than
     * the search answers, it asks at once and adds the first match of what was typed.
     */
    public void addLineWhenReady() {
        if (search.typedNothing()) {
            return;
        }
        if (search.upToDate()) {
            addLine();
        } else {
            search.loadThen(this::addLine);
        }
    }

    /**
     * A product's stock changed (another desk's sale, a manager's count: pushed while the order form is shown): a line
     * of the order being typed shows the level read now, so the over-stock warning speaks of what is left, and so do
     * the suggestions. A placed order keeps the lines it was placed with.
     */
    public void refreshProduct(String productId) {
        boolean onALine = productId != null && lines.has(productId);
        boolean suggested = productId != null && search.offers(productId);
        if (!editable.get() || !(onALine || suggested)) {
            return;
        }
        // One read per product at a time: asked again meanwhile, it reads once more when the read under way is answered.
        // Every 10 s while pushes were paused, each product's read was queued whatever was still waiting, and with a slow
        // API they filled the desk's few workers ahead of the order's own send (audit, session 33).
        if (stockReads.containsKey(productId)) {
            stockReads.put(productId, true);
            return;
        }
        stockReads.put(productId, false);
        executor.submit(() -> api.inventoryItem(productId), item -> {
            if (editable.get()) {
                lines.update(item);
                search.update(item);
            }
            stockReadDone(productId);
        }, failure -> stockReadDone(productId)); // the next push, or adding the product again, reads it; not worth a message
    }

    private void stockReadDone(String productId) {
        if (Boolean.TRUE.equals(stockReads.remove(productId))) {
            refreshProduct(productId);
        }
    }

    /**
     * ADR 0075: while live updates are paused (no stock pushes), or once the stock topic is subscribed again, the stock
     * of each product on the order being typed is read again, so its warning speaks of what is left now.
     */
    public void readStockWhilePushesPaused() {
        if (!editable.get()) {
            return;
        }
        lines.lines().stream().map(line -> line.product().productId()).distinct().toList().forEach(this::refreshProduct);
    }

    public void removeLine(DraftLine line) {
        if (editable.get()) {
            lines.remove(line);
        }
    }

    /** Changes a line's quantity (0 removes it). */
    public void changeQuantity(DraftLine line, int quantity) {
        if (editable.get()) {
            lines.setQuantity(line, quantity);
        }
    }

    public void undoRemove() {
        if (editable.get()) {
            lines.undo();
        }
    }

    /**
     * Sends the draft. Ignored while a submission is in flight or after the order was accepted,
     * so a double-click can never create a second order; a retry after a failure reuses the key.
     */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        PlaceOrderRequest request = toRequest();
        String key = idempotencyKey;
        int send = ++sends;
        sending = request;
        submitting.set(true);
        refusedFocus.set(null);
        error.set("");
        notice.set("");
        executor.submit(() -> api.placeOrder(request, key),
                response -> {
                    if (send == handedToOutbox || !key.equals(idempotencyKey)) {
                        return; // the outbox has it now (it gets the same order back under the same key), or a new draft is open
                    }
                    submitting.set(false);
                    placed.set(true);
                    onPlaced.accept(response);
                },
                failure -> {
                    if (send == handedToOutbox || !key.equals(idempotencyKey)) {
                        return;
                    }
                    if (outbox != null && ErrorMessages.isConnectionProblem(failure)) {
                        // Nothing is lost: the order waits in the outbox and goes out later with the same key.
                        outbox.enqueue(request, key, () -> {
                            submitting.set(false);
                            queued.set(true);
                            notice.set(queuedNotice());
                        }, why -> {
                            // Not on disk either: the draft stays here as typed, to be sent again (same key) — before,
                            // it stayed "sending" for good and only Ctrl+N, which dropped it, got out (audit, session 33).
                            if (key.equals(idempotencyKey)) {
                                submitting.set(false);
                                error.set(Messages.text("order.outboxNotStored", why));
                            }
                        });
                        return;
                    }
                    submitting.set(false);
                    error.set(ErrorMessages.describe(failure));
                    refusedFocus.set(RefusedSendFocus.of(failure, payment.get()));
                });
        executor.schedule(SLOW_SUBMIT, () -> slowSubmit.set(submitting.get() && send == sends));
    }

    /**
     * At sign-out or quit: a send still waiting for its answer is handed to {@code keep} (the outbox, written to disk at
     * once), so it is not lost with the window; the next session's outbox sends it under the same idempotency key.
     * Nothing happens when no send is waiting.
     */
    public void keepUnansweredSend(java.util.function.BiConsumer<PlaceOrderRequest, String> keep) {
        if (handOverToOutbox()) {
            keep.accept(sending, idempotencyKey);
        }
    }

    /**
     * Marks the send in flight as the outbox's, whose later send under the same idempotency key gets the one order the
     * server made (never a second); false when nothing is in flight or there is no outbox to take it.
     */
    private boolean handOverToOutbox() {
        if (!submitting.get() || outbox == null || handedToOutbox == sends) {
            return false;
        }
        handedToOutbox = sends;
        return true;
    }

    /**
     * The placed order was rejected or declined: the same lines and customer become an editable draft
     * again, under a new idempotency key (the old key is that refused order, for good).
     */
    public void reopen(String why) {
        if (!placed.get()) {
            return;
        }
        placed.set(false);
        idempotencyKey = keyFactory.get();
        // The refused token is spent; another card (or the same, typed again) gets a token of its own.
        card.clear();
        notice.set(why);
    }

    /** The outbox sent a queued order: if it is this draft's, show it as placed and follow it. */
    public void sentFromOutbox(String key, PlaceOrderResponse response) {
        if (key.equals(handedOverKey) && notice.get().equals(Messages.text("order.handedToOutbox"))) {
            // the order handed over at Ctrl+N went out: the note about it says so instead of "no answer yet"
            goodNotice.set(Messages.text("order.handedSent", response.orderNumber()));
            notice.set(goodNotice.get());
        }
        if (queued.get() && key.equals(idempotencyKey)) {
            queued.set(false);
            notice.set("");
            placed.set(true);
            onPlaced.accept(response);
        }
    }

    /** Lets connection failures park the order in {@code outbox} instead of showing an error. */
    public void setOutbox(OrderOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Starts an empty draft with a fresh idempotency key; the products stay loaded. A send still waiting for its answer
     * is handed to the outbox first (walked, session 22: Ctrl+N during a send left the old send's answer to land on the
     * new draft, which then showed as placed or queued), so the clerk can take the next call and nothing is lost.
     */
    public void reset() {
        String handedOver = null;
        if (handOverToOutbox()) {
            handedOver = idempotencyKey;
            handedOverKey = handedOver;
            outbox.enqueue(sending, handedOver, () -> { }, why -> { }); // the outbox reports its own failure
        }
        lines.clear();
        search.clear();
        customer.fill(null);
        payment.set(PaymentOption.PAY_ON_DELIVERY);
        card.clear();
        placed.set(false);
        submitting.set(false);
        queued.set(false);
        notice.set(handedOver == null ? "" : Messages.text("order.handedToOutbox"));
        error.set("");
        idempotencyKey = keyFactory.get();
    }

    PlaceOrderRequest toRequest() {
        List<OrderLineRequest> requestLines = lines.lines().stream()
                .map(line -> new OrderLineRequest(line.product().productId(), line.quantity()))
                .toList();
        String token = payment.get().fixedToken() != null ? payment.get().fixedToken() : card.tokenProperty().get();
        return new PlaceOrderRequest(requestLines, customer.toDetails(), token);
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ProductSearchViewModel search() {
        return search;
    }

    public OrderLinesViewModel orderLines() {
        return lines;
    }

    /**
     * Whether the person has typed an order that is not sent and would be lost by a new draft, sign-out or closing the
     * window: lines or customer details on a draft still being edited. A send under way, an order placed or queued in
     * the outbox is not lost (the outbox keeps an unanswered send), so it does not count.
     */
    public boolean hasUnsentWork() {
        return editable.get() && (!lines.lines().isEmpty() || typed(customer.emailProperty().get())
                || typed(customer.nameProperty().get()) || typed(customer.phoneProperty().get()));
    }

    private static boolean typed(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * What the person typed into this draft and has not sent, as it stands (lines, customer fields as typed, how the
     * caller pays); empty when {@link #hasUnsentWork()} is false. A card's number is not part of it: its token is
     * spent with the session that made it, so a card is typed again.
     */
    public java.util.Optional<TypedOrder> typedOrder() {
        if (!hasUnsentWork()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TypedOrder(List.copyOf(lines.lines()), customer.emailProperty().get(),
                customer.nameProperty().get(), customer.phoneProperty().get(), payment.get()));
    }

    /**
     * Puts an order typed in an earlier session back as this draft (ADR 0082: a session that ended and was started
     * over dropped it without a word), under this draft's own idempotency key: it was never sent. The stock of its
     * products is read again, and the notice says what came back.
     */
    public void takeBack(TypedOrder typed) {
        if (!editable.get() || typed == null) {
            return;
        }
        lines.setAll(typed.lines());
        customer.fill(new app.orderdesk.api.CustomerDetails(typed.email(), typed.name(), typed.phone()));
        payment.set(typed.payment() == null ? PaymentOption.PAY_ON_DELIVERY : typed.payment());
        this.card.clear();
        boolean card = typed.payment() == PaymentOption.CARD;
        if (!card) {
            goodNotice.set(Messages.text("order.takenBack")); // news, not a warning; the card's is a task
        }
        notice.set(Messages.text(card ? "order.takenBack.card" : "order.takenBack"));
        readStockWhilePushesPaused();
    }

    /** An order typed and not sent, kept in memory only (never on disk: ADR 0081) to be put back by {@link #takeBack}. */
    public record TypedOrder(List<DraftLine> lines, String email, String name, String phone, PaymentOption payment) {
        public TypedOrder {
            lines = List.copyOf(lines);
        }
    }

    public CustomerViewModel customer() {
        return customer;
    }

    /** Shortcut to the lines, as most callers only need them. */
    public ObservableList<DraftLine> lines() {
        return lines.lines();
    }

    public ObservableList<InventoryItemView> products() {
        return search.products();
    }

    public ObjectProperty<PaymentOption> paymentProperty() {
        return payment;
    }

    /** The virtual terminal's card field (only its token reaches the request). */
    public app.orderdesk.desktop.payment.CardEntryViewModel card() {
        return card;
    }

    /** Where the keyboard belongs after the last send was refused; null when the last send was not refused. */
    javafx.beans.property.ReadOnlyObjectProperty<RefusedSendFocus> refusedFocusProperty() {
        return refusedFocus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    /** True while a send has waited {@link #SLOW_SUBMIT} or longer for the server's answer. */
    public ReadOnlyBooleanProperty slowSubmitProperty() {
        return slowSubmit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty placedProperty() {
        return placed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while this draft waits in the outbox. */
    public ReadOnlyBooleanProperty queuedProperty() {
        return queued.getReadOnlyProperty();
    }

    /** True while the notice shown reports something done (the handed-over order went out), not a warning. */
    public javafx.beans.binding.BooleanBinding noticeIsGoodBinding() {
        return notice.isNotEmpty().and(notice.isEqualTo(goodNotice));
    }

    /** A non-error note for staff, e.g. that the order is queued or open again after a rejection. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** False for roles that may not place orders (support). */
    public BooleanProperty allowedToOrderProperty() {
        return allowedToOrder;
    }

    public BooleanBinding editableBinding() {
        return editable;
    }

    public BooleanBinding canAddLineBinding() {
        return canAddLine;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}
