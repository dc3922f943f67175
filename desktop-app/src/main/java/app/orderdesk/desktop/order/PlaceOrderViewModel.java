package app.orderdesk.desktop.order;

import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;

/** The place-order screen: a draft, the order it became, and the command to start over. */
public final class PlaceOrderViewModel {

    static String supportCannotOrder() {
        return Messages.text("order.supportCannotOrder");
    }

    private final OrderDraftViewModel draft;
    private final OrderTrackingViewModel tracking;
    private final boolean allowedToOrder;

    public PlaceOrderViewModel(ApiClient api, BackgroundExecutor executor, ReceiptRenderer renderer, boolean allowedToOrder) {
        this.tracking = new OrderTrackingViewModel(api, executor, renderer);
        this.draft = new OrderDraftViewModel(api, executor, tracking::track);
        this.allowedToOrder = allowedToOrder;
        draft.allowedToOrderProperty().set(allowedToOrder);
        // A refused order is not the end of the call: the same draft opens again to fix and resend.
        tracking.statusProperty().addListener((obs, old, now) -> {
            if (now == app.orderdesk.api.OrderStatus.REJECTED || now == app.orderdesk.api.OrderStatus.PAYMENT_DECLINED) {
                // After a decline the card is the thing to change: say so (the order itself stays as typed).
                boolean declinedCard = now == app.orderdesk.api.OrderStatus.PAYMENT_DECLINED
                        && draft.paymentProperty().get() == PaymentOption.CARD;
                draft.reopen(reopenedNotice(StepWords.status(now), tracking.statusReasonProperty().get(), declinedCard));
            }
        });
    }

    /**
     * "Status: reason. The draft is open again …": the reason's own full stop is dropped, since the sentence adds
     * one ("Die Karte wurde abgelehnt.. Der Entwurf …" before).
     */
    static String reopenedNotice(String statusWords, String reason, boolean declinedCard) {
        String because = reason == null ? "" : reason.strip().replaceAll("[.!。]+$", "");
        String what = statusWords + (because.isBlank() ? "" : ": " + because);
        return app.orderdesk.desktop.ui.Messages.text(declinedCard ? "order.reopened.anotherCard" : "order.reopened", what);
    }

    /** Loads what the screen needs to start. */
    public void start() {
        if (allowedToOrder) {
            draft.loadProducts();
        }
    }

    /** Starts a new, empty draft (with a new idempotency key) and stops following the last order. */
    public void newOrder() {
        tracking.clear();
        draft.reset();
    }

    /** Lets the draft park orders in the outbox when the API is unreachable. */
    public void useOutbox(OrderOutbox outbox) {
        draft.setOutbox(outbox);
    }

    /** The outbox sent a queued order; the screen follows it when it is the current draft. */
    public void sentFromOutbox(String idempotencyKey, app.orderdesk.api.PlaceOrderResponse response) {
        draft.sentFromOutbox(idempotencyKey, response);
    }

    /** Stops background polling when the screen goes away. */
    public void dispose() {
        tracking.clear();
    }

    public OrderDraftViewModel draft() {
        return draft;
    }

    public OrderTrackingViewModel tracking() {
        return tracking;
    }

    public boolean allowedToOrder() {
        return allowedToOrder;
    }

    /** Why the form is disabled, or empty when it is not. */
    public String disabledReason() {
        return allowedToOrder ? "" : supportCannotOrder();
    }
}
