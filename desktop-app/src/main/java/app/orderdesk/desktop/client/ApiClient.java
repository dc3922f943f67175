package app.orderdesk.desktop.client;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.Page;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.ReceiptLinkView;
import app.orderdesk.api.TimelineView;

/**
 * The Order Desk HTTP API as typed calls; every call blocks, so call it only from background work.
 * Failures are an {@link ApiException} (the server answered with an error) or a
 * {@link ConnectionUnavailableException} (no answer at all).
 */
public interface ApiClient {

    /** {@code POST /place-order}; the same {@code idempotencyKey} never creates a second order. */
    PlaceOrderResponse placeOrder(PlaceOrderRequest request, String idempotencyKey);

    OrderView order(String orderId);

    TimelineView timeline(String orderId);

    ReceiptLinkView receiptLink(String orderId);

    /** Downloads a presigned URL with a plain GET (it carries its own signature, so no Authorization). */
    byte[] download(String presignedUrl);

    Page<InventoryItemView> inventory(InventoryQuery query);
}
