package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.CreditNoteRenderer;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * A refund's credit note: rendered once, stored beside the receipts under {@code credit-notes/}, and
 * emailed to the customer, both in the store's language, money and time zone as its receipts are. An
 * email that fails does not undo the refund: the refund and the order are flagged so support can send
 * it again (as a failed receipt email is).
 */
public final class CreditNotes {

    public static final String FOLLOW_UP = "Credit note could not be emailed; send it again";

    private final RefundRepository refunds;
    private final CreditNoteRenderer renderer;
    private final ReceiptStore store;
    private final Mailer mailer;
    private final Clock clock;
    private final Supplier<StoreSettings> settings;

    /** {@code settings}: the store's, read when a credit note or its email is written (language, money, dates, header). */
    public CreditNotes(RefundRepository refunds, CreditNoteRenderer renderer, ReceiptStore store, Mailer mailer, Clock clock,
                       Supplier<StoreSettings> settings) {
        this.refunds = refunds;
        this.renderer = renderer;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
        this.settings = settings;
    }

    public static String key(String orderId, String refundId) {
        return "credit-notes/" + orderId + "/" + refundId + ".pdf";
    }

    void storeAndSend(Order order, Refund refund) {
        if (refund.creditNoteKey() != null && refund.emailSentAt() != null) {
            return;
        }
        // Read only when there is something to write, and not cached, so a manager's change is on the next credit note.
        StoreSettings current = settings.get();
        byte[] pdf = null;
        String key = refund.creditNoteKey();
        if (key == null) {
            key = key(order.orderId(), refund.refundId());
            pdf = renderer.render(order, refund, current);
            store.put(key, pdf);
            refunds.markCreditNote(order.orderId(), refund.refundId(), key);
        }
        if (refund.emailSentAt() != null) {
            return;
        }
        try {
            mailer.send(CreditNoteEmails.of(order, refund, pdf != null ? pdf : store.get(key), current));
        } catch (RuntimeException mailFailed) {
            refunds.flagFollowUp(order.orderId(), refund.refundId(), FOLLOW_UP, ReasonCode.of(ReasonCode.CREDIT_NOTE_FOLLOW_UP));
            return;
        }
        refunds.markEmailed(order.orderId(), refund.refundId(), clock.instant());
    }
}
