package app.orderdesk.backend.usecase;

import app.orderdesk.api.ReceiptLinkView;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.ReceiptStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** GET /orders/{id}/receipt: a short-lived download link to the order's receipt PDF. */
public final class GetReceiptLink {

    private final OrderRepository orders;
    private final ReceiptStore store;
    private final Clock clock;
    private final Duration lifetime;

    public GetReceiptLink(OrderRepository orders, ReceiptStore store, Clock clock, Duration lifetime) {
        this.orders = orders;
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public ReceiptLinkView execute(String orderId) {
        String id = OrderIds.require(orderId);
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        if (order.receiptKey() == null) {
            throw new NotFoundException("RECEIPT_NOT_READY", "The receipt of order " + order.orderNumber() + " is not ready yet");
        }
        var expiresAt = clock.instant().plus(lifetime);
        URI url = store.presign(order.receiptKey(), "receipt-" + order.orderNumber() + ".pdf", lifetime);
        return new ReceiptLinkView(id, url.toString(), expiresAt);
    }
}
