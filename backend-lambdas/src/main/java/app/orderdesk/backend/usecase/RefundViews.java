package app.orderdesk.backend.usecase;

import app.orderdesk.api.RefundLineView;
import app.orderdesk.api.RefundView;
import app.orderdesk.backend.domain.Refund;

/** Maps stored refunds to the API's view; the idempotency key and request hash stay in the backend. */
final class RefundViews {

    private RefundViews() {}

    static RefundView toView(Refund refund) {
        return new RefundView(refund.refundId(), refund.orderId(), refund.state().name(), refund.reason().name(), refund.note(),
                refund.lines().stream().map(l -> new RefundLineView(l.productId(), l.sku(), l.name(), l.quantity(), l.restock(),
                        l.amount().cents())).toList(),
                refund.amount().cents(), refund.amount().currency(), refund.actor(), refund.createdAt(),
                refund.creditNoteKey() != null, refund.emailSentAt(), refund.followUp());
    }
}
