package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.ReceiptWords;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.pricing.OrderTotals;
import app.orderdesk.backend.port.Mailer;
import java.util.List;

/**
 * The receipt email: the same content as plain text and as simple HTML (inline styles only, as
 * mail clients want), in the store's name, language ({@link ReceiptWords}) and money format, with the
 * PDF attached.
 */
final class ReceiptEmails {

    private ReceiptEmails() {}

    static Mailer.Email of(Order order, byte[] pdf, StoreSettings store) {
        var attachment = new Mailer.Attachment("receipt-" + order.orderNumber() + ".pdf", "application/pdf", pdf);
        ReceiptWords words = ReceiptWords.of(store);
        return new Mailer.Email(order.customer().email(), words.text("email.subject", order.orderNumber(), store.name()),
                text(order, store, words), List.of(attachment), html(order, store, words));
    }

    private static String text(Order order, StoreSettings store, ReceiptWords words) {
        StringBuilder text = new StringBuilder()
                .append(words.text("email.greeting", order.customer().name())).append("\n\n")
                .append(words.text("email.thanks", order.orderNumber(), store.name())).append("\n\n");
        for (OrderLine line : order.lines()) {
            text.append(line.quantity()).append(" x ").append(line.name()).append("  ")
                    .append(store.format(line.lineTotal())).append('\n');
        }
        text.append('\n').append(taxRowsText(order, store, words));
        text.append(words.text("email.total", store.format(order.total())));
        text.append("\n\n").append(words.text("email.attached.text")).append('\n');
        if (!store.receiptFooter().isBlank()) {
            text.append('\n').append(store.receiptFooter()).append('\n');
        }
        return text.toString();
    }

    private static String html(Order order, StoreSettings store, ReceiptWords words) {
        StringBuilder rows = new StringBuilder();
        for (OrderLine line : order.lines()) {
            rows.append("<tr><td style=\"padding:4px 8px\">").append(line.quantity()).append(" × ").append(escape(line.name()))
                    .append("</td><td style=\"padding:4px 8px;text-align:right\">").append(escape(store.format(line.lineTotal())))
                    .append("</td></tr>");
        }
        String tax = taxRowsHtml(order, store, words);
        String footer = store.receiptFooter().isBlank() ? "" : "<p style=\"color:#555\">" + escape(store.receiptFooter()) + "</p>";
        return "<!DOCTYPE html><html lang=\"" + words.language() + "\"><body style=\"font-family:sans-serif;color:#222\">"
                + "<h2 style=\"margin:0 0 4px\">" + escape(store.name()) + "</h2>"
                + "<p>" + escape(words.text("email.greeting", order.customer().name())) + "</p>"
                + "<p>" + words.text("email.thanks", "<b>" + escape(order.orderNumber()) + "</b>", escape(store.name())) + "</p>"
                + "<table style=\"border-collapse:collapse\">" + rows + "</table>" + tax
                + "<p style=\"font-size:1.1em;margin:8px 0 0\"><b>" + escape(words.text("email.total", store.format(order.total()))) + "</b></p>"
                + "<p>" + escape(words.text("email.attached.html")) + "</p>" + footer + "</body></html>";
    }

    /** "Subtotal (excl. tax): …" and one "Tax 19 %: …" line per rate, as on the PDF; empty when nothing is taxed. */
    private static String taxRowsText(Order order, StoreSettings store, ReceiptWords words) {
        OrderTotals.Totals figures = store.totalsOf(order.lines());
        if (figures.taxedGroups().isEmpty()) {
            return "";
        }
        StringBuilder rows = new StringBuilder(words.text("receipt.subtotal")).append(": ")
                .append(store.format(Money.ofCents(figures.subtotalCents(), order.total().currency()))).append('\n');
        for (OrderTotals.TaxGroup group : figures.taxedGroups()) {
            rows.append(words.text("receipt.tax", group.rateText())).append(": ")
                    .append(store.format(Money.ofCents(group.taxCents(), order.total().currency()))).append('\n');
        }
        return rows.toString();
    }

    private static String taxRowsHtml(Order order, StoreSettings store, ReceiptWords words) {
        OrderTotals.Totals figures = store.totalsOf(order.lines());
        if (figures.taxedGroups().isEmpty()) {
            return "";
        }
        String currency = order.total().currency();
        StringBuilder rows = new StringBuilder("<table style=\"border-collapse:collapse;color:#555;margin:4px 0\">")
                .append(row(words.text("receipt.subtotal"), store.format(Money.ofCents(figures.subtotalCents(), currency))));
        for (OrderTotals.TaxGroup group : figures.taxedGroups()) {
            rows.append(row(words.text("receipt.tax", group.rateText()), store.format(Money.ofCents(group.taxCents(), currency))));
        }
        return rows.append("</table>").toString();
    }

    private static String row(String label, String amount) {
        return "<tr><td style=\"padding:2px 8px\">" + escape(label) + "</td><td style=\"padding:2px 8px;text-align:right\">"
                + escape(amount) + "</td></tr>";
    }

    /** Also the credit note email's ({@link CreditNoteEmails}). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
