package app.orderdesk.backend.usecase;

import app.orderdesk.api.CreditNoteLinkView;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.port.RefundRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/** GET /orders/{id}/credit-notes/{refundId}: a short-lived download link to a refund's credit note PDF. */
public final class GetCreditNoteLink {

    private static final Pattern REFUND_ID = Pattern.compile("^[0-9a-zA-Z-]{1,64}$");

    private final RefundRepository refunds;
    private final ReceiptStore store;
    private final Clock clock;
    private final Duration lifetime;

    public GetCreditNoteLink(RefundRepository refunds, ReceiptStore store, Clock clock, Duration lifetime) {
        this.refunds = refunds;
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public CreditNoteLinkView execute(String orderId, String refundId) {
        String id = OrderIds.require(orderId);
        if (refundId == null || !REFUND_ID.matcher(refundId).matches()) {
            throw new ValidationFailedException("refundId", "not a valid refund id");
        }
        Refund refund = refunds.find(id).byId(refundId)
                .orElseThrow(() -> new NotFoundException("NOT_FOUND", "Order " + id + " has no refund " + refundId));
        if (refund.creditNoteKey() == null) {
            throw new NotFoundException("CREDIT_NOTE_NOT_READY", "The credit note of this refund is not ready yet");
        }
        var expiresAt = clock.instant().plus(lifetime);
        URI url = store.presign(refund.creditNoteKey(), "credit-note-" + refundId.substring(0, Math.min(8, refundId.length())) + ".pdf", lifetime);
        return new CreditNoteLinkView(id, refundId, url.toString(), expiresAt);
    }
}
