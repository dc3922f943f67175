package app.orderdesk.backend.adapter.pdf;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.port.CreditNoteRenderer;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Renders a refund's credit note with OpenPDF, in the receipt's fonts ({@link ReceiptFonts}). */
public final class OpenPdfCreditNoteRenderer implements CreditNoteRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Font title = ReceiptFonts.font(18, Font.BOLD);
    private final Font normal = ReceiptFonts.font(10, Font.NORMAL);
    private final Font strong = ReceiptFonts.font(11, Font.BOLD);

    /** The credit note's number as printed and in file names: the order number and the refund id's first part. */
    public static String number(Order order, Refund refund) {
        return "CN-" + order.orderNumber() + "-" + refund.refundId().substring(0, Math.min(8, refund.refundId().length()));
    }

    @Override
    public byte[] render(Order order, Refund refund) {
        var out = new ByteArrayOutputStream(16 * 1024);
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        String number = number(order, refund);
        document.addTitle("Credit note " + number);
        document.addCreator("Order Desk");
        document.open();
        document.add(new Paragraph("Credit note " + number, title));
        document.add(new Paragraph("For order " + order.orderNumber() + " of " + DATE.format(order.createdAt()), normal));
        document.add(new Paragraph("Date: " + DATE.format(refund.createdAt()), normal));
        document.add(new Paragraph(ReceiptFonts.phrase("Customer: " + order.customer().name() + " <" + order.customer().email() + ">", normal)));
        document.add(new Paragraph("Reason: " + words(refund), normal));
        document.add(new Paragraph(" ", normal));
        document.add(linesTable(refund));
        Paragraph total = new Paragraph("Refunded: " + refund.amount().format(), strong);
        total.setAlignment(Element.ALIGN_RIGHT);
        document.add(total);
        if (order.paymentId() != null) {
            document.add(new Paragraph("Refunded to the payment " + order.paymentId(), normal));
        }
        document.close();
        return out.toByteArray();
    }

    private static String words(Refund refund) {
        String code = refund.reason().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        String reason = Character.toUpperCase(code.charAt(0)) + code.substring(1);
        return refund.note() == null ? reason : reason + " (" + refund.note() + ")";
    }

    private PdfPTable linesTable(Refund refund) {
        PdfPTable table = new PdfPTable(new float[] {5, 2.2f, 1, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Item", "SKU", "Qty", "Returned to stock", "Amount"}) {
            table.addCell(cell(heading, strong, heading.equals("Item") || heading.equals("SKU")));
        }
        for (RefundLine line : refund.lines()) {
            table.addCell(cell(line.name(), normal, true));
            table.addCell(cell(line.sku(), normal, true));
            table.addCell(cell(Integer.toString(line.quantity()), normal, false));
            table.addCell(cell(line.restock() ? "yes" : "no", normal, false));
            table.addCell(cell(line.amount().format(), normal, false));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean left) {
        PdfPCell cell = new PdfPCell(ReceiptFonts.phrase(text, font));
        cell.setHorizontalAlignment(left ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setPadding(4);
        return cell;
    }
}
