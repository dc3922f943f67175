package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.ReceiptWords;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.Mailer;
import java.util.List;

/**
 * The credit note email, made as the receipt email is ({@link ReceiptEmails}): plain text and simple
 * HTML in the store's name, language and money format, the credit note PDF attached.
 */
final class CreditNoteEmails {

    private CreditNoteEmails() {}

    static Mailer.Email of(Order order, Refund refund, byte[] pdf, StoreSettings store) {
        ReceiptWords words = ReceiptWords.of(store);
        var attachment = new Mailer.Attachment("credit-note-" + order.orderNumber() + "-"
                + refund.refundId().substring(0, Math.min(8, refund.refundId().length())) + ".pdf", "application/pdf", pdf);
        return new Mailer.Email(order.customer().email(), words.text("creditNote.email.subject", order.orderNumber(), store.name()),
                text(order, refund, store, words), List.of(attachment), html(order, refund, store, words));
    }

    private static String text(Order order, Refund refund, StoreSettings store, ReceiptWords words) {
        StringBuilder text = new StringBuilder()
                .append(words.text("email.greeting", order.customer().name())).append("\n\n")
                .append(words.text(refunded(order), store.format(refund.amount()), order.orderNumber())).append("\n\n");
        for (RefundLine line : refund.lines()) {
            text.append(line.quantity()).append(" x ").append(line.name()).append("  ").append(store.format(line.amount())).append('\n');
        }
        return text.append('\n').append(words.text(whereTheMoneyGoes(order))).append(' ')
                .append(words.text("creditNote.email.attached.text")).append('\n').toString();
    }

    private static String html(Order order, Refund refund, StoreSettings store, ReceiptWords words) {
        StringBuilder rows = new StringBuilder();
        for (RefundLine line : refund.lines()) {
            rows.append("<tr><td style=\"padding:4px 8px\">").append(line.quantity()).append(" × ").append(escape(line.name()))
                    .append("</td><td style=\"padding:4px 8px;text-align:right\">").append(escape(store.format(line.amount())))
                    .append("</td></tr>");
        }
        return "<!DOCTYPE html><html lang=\"" + words.language() + "\"><body style=\"font-family:sans-serif;color:#222\">"
                + "<h2 style=\"margin:0 0 4px\">" + escape(store.name()) + "</h2>"
                + "<p>" + escape(words.text("email.greeting", order.customer().name())) + "</p>"
                + "<p>" + words.text(refunded(order), "<b>" + escape(store.format(refund.amount())) + "</b>",
                        "<b>" + escape(order.orderNumber()) + "</b>") + "</p>"
                + "<table style=\"border-collapse:collapse\">" + rows + "</table>"
                + "<p>" + escape(words.text(whereTheMoneyGoes(order))) + " " + escape(words.text("creditNote.email.attached.html"))
                + "</p></body></html>";
    }

    /** An order paid on invoice / on delivery took no money: its refund is credited, not sent back to a card (ADR 0068). */
    private static String refunded(Order order) {
        return order.paidOnDelivery() ? "creditNote.email.credited" : "creditNote.email.refunded";
    }

    private static String whereTheMoneyGoes(Order order) {
        return order.paidOnDelivery() ? "creditNote.email.onDelivery" : "creditNote.email.moneyBack";
    }

    private static String escape(String text) {
        return ReceiptEmails.escape(text);
    }
}
