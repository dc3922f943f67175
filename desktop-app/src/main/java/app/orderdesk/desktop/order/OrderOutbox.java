package app.orderdesk.desktop.order;

import app.orderdesk.api.PlaceOrderRequest;

/** Where a draft goes when the API cannot be reached: stored durably and sent later with the same key. */
@FunctionalInterface
public interface OrderOutbox {

    /** Stores the order; {@code whenStored} runs on the FX thread once it is safely on disk. */
    void enqueue(PlaceOrderRequest request, String idempotencyKey, Runnable whenStored);
}
