package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.port.CreditNoteRenderer;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.util.List;

/**
 * A refund's credit note: rendered once, stored beside the receipts under {@code credit-notes/}, and
 * emailed to the customer. An email that fails does not undo the refund: the refund and the order
 * are flagged so support can send it again (as a failed receipt email is).
 */
public final class CreditNotes {

    public static final String FOLLOW_UP = "Credit note could not be emailed; send it again";

    private final RefundRepository refunds;
    private final CreditNoteRenderer renderer;
    private final ReceiptStore store;
    private final Mailer mailer;
    private final Clock clock;

    public CreditNotes(RefundRepository refunds, CreditNoteRenderer renderer, ReceiptStore store, Mailer mailer, Clock clock) {
        this.refunds = refunds;
        this.renderer = renderer;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
    }

    public static String key(String orderId, String refundId) {
        return "credit-notes/" + orderId + "/" + refundId + ".pdf";
    }

    void storeAndSend(Order order, Refund refund) {
        byte[] pdf = null;
        String key = refund.creditNoteKey();
        if (key == null) {
            key = key(order.orderId(), refund.refundId());
            pdf = renderer.render(order, refund);
            store.put(key, pdf);
            refunds.markCreditNote(order.orderId(), refund.refundId(), key);
        }
        if (refund.emailSentAt() != null) {
            return;
        }
        try {
            mailer.send(email(order, refund, pdf != null ? pdf : store.get(key)));
        } catch (RuntimeException mailFailed) {
            refunds.flagFollowUp(order.orderId(), refund.refundId(), FOLLOW_UP);
            return;
        }
        refunds.markEmailed(order.orderId(), refund.refundId(), clock.instant());
    }

    static Mailer.Email email(Order order, Refund refund, byte[] pdf) {
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(order.customer().name()).append(",\n\n")
                .append("We have refunded ").append(refund.amount().format()).append(" for your order ")
                .append(order.orderNumber()).append(":\n\n");
        refund.lines().forEach(line -> text.append(line.quantity()).append(" x ").append(line.name()).append("  ")
                .append(line.amount().format()).append('\n'));
        text.append("\nThe money goes back to the card you paid with. Your credit note is attached.\n");
        var attachment = new Mailer.Attachment("credit-note-" + order.orderNumber() + "-" + refund.refundId().substring(0, 8) + ".pdf",
                "application/pdf", pdf);
        return new Mailer.Email(order.customer().email(), "Credit note for order " + order.orderNumber(), text.toString(), List.of(attachment));
    }
}
