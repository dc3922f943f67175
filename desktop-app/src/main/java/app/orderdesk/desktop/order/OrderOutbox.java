package app.orderdesk.desktop.order;

import app.orderdesk.api.PlaceOrderRequest;

/** Where a draft goes when the API cannot be reached: stored durably and sent later with the same key. */
@FunctionalInterface
public interface OrderOutbox {

    /**
     * Stores the order; {@code whenStored} runs on the FX thread once it is safely on disk, {@code whenNotStored} (with
     * the reason, in words) when it could not be written — the draft must then not wait for it for good.
     */
    void enqueue(PlaceOrderRequest request, String idempotencyKey, Runnable whenStored, java.util.function.Consumer<String> whenNotStored);
}
