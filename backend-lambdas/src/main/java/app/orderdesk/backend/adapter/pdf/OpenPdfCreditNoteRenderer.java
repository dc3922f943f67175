package app.orderdesk.backend.adapter.pdf;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.ReceiptWords;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.CreditNoteRenderer;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a refund's credit note with OpenPDF as the receipt is made: the store's header
 * ({@link StoreHeader}), the words of the store's language ({@link ReceiptWords}), dates in its time
 * zone and money in its locale, in the receipt's fonts ({@link ReceiptFonts}).
 */
public final class OpenPdfCreditNoteRenderer implements CreditNoteRenderer {

    private final Font title = ReceiptFonts.font(18, Font.BOLD);
    private final Font storeName = ReceiptFonts.font(14, Font.BOLD);
    private final Font normal = ReceiptFonts.font(10, Font.NORMAL);
    private final Font small = ReceiptFonts.font(8, Font.NORMAL);
    private final Font strong = ReceiptFonts.font(11, Font.BOLD);

    /** The credit note's number as printed and in file names: the order number and the refund id's first part. */
    public static String number(Order order, Refund refund) {
        return "CN-" + order.orderNumber() + "-" + refund.refundId().substring(0, Math.min(8, refund.refundId().length()));
    }

    @Override
    public byte[] render(Order order, Refund refund, StoreSettings store) {
        var out = new ByteArrayOutputStream(16 * 1024);
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        ReceiptWords words = ReceiptWords.of(store);
        String number = number(order, refund);
        document.addTitle(words.text("creditNote.title", number));
        document.addCreator("Order Desk");
        document.open();
        document.add(header(store, order, refund, number, words));
        document.add(new Paragraph(ReceiptFonts.phrase(words.text("receipt.customer", order.customer().name(), order.customer().email()), normal)));
        document.add(new Paragraph(ReceiptFonts.phrase(words.text("creditNote.reason", reason(refund, words)), normal)));
        document.add(new Paragraph(" ", normal));
        document.add(linesTable(refund, store, words));
        boolean credited = order.paidOnDelivery();
        Paragraph total = new Paragraph(words.text(credited ? "creditNote.credited" : "creditNote.refunded", store.format(refund.amount())), strong);
        total.setAlignment(Element.ALIGN_RIGHT);
        document.add(total);
        if (credited) {
            document.add(new Paragraph(words.text("creditNote.creditedOnDelivery"), normal));
        } else if (order.paymentId() != null) {
            document.add(new Paragraph(words.text("creditNote.refundedTo", order.paymentId()), normal));
        }
        document.close();
        return out.toByteArray();
    }

    /** The store (its logo beside it, when it has one), then the credit note's number, its order and its date. */
    private PdfPTable header(StoreSettings store, Order order, Refund refund, String number, ReceiptWords words) {
        Image logo = StoreHeader.logo(store);
        PdfPTable header = logo == null ? new PdfPTable(1) : new PdfPTable(new float[] {2.65f, 5.4f});
        header.setWidthPercentage(100);
        if (logo != null) {
            header.addCell(StoreHeader.logoCell(logo));
        }
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        StoreHeader.addStoreLines(text, store, words, storeName, small);
        text.addElement(new Paragraph(" ", small));
        text.addElement(new Paragraph(words.text("creditNote.title", number), title));
        text.addElement(new Paragraph(words.text("creditNote.forOrder", order.orderNumber(), words.date(order.createdAt(), store)), normal));
        text.addElement(new Paragraph(words.text("receipt.date", words.date(refund.createdAt(), store)), normal));
        header.addCell(text);
        header.setSpacingAfter(8);
        return header;
    }

    private static String reason(Refund refund, ReceiptWords words) {
        String reason = words.text("creditNote.reason." + refund.reason().name());
        return refund.note() == null ? reason : reason + " (" + refund.note() + ")";
    }

    private PdfPTable linesTable(Refund refund, StoreSettings store, ReceiptWords words) {
        // The quantity column holds "Menge" in bold on one line (this page's margins are wider than the receipt's).
        PdfPTable table = new PdfPTable(new float[] {4.4f, 2.2f, 1.3f, 2.3f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        String[] headings = {"receipt.column.item", "receipt.column.sku", "receipt.column.quantity", "creditNote.column.restocked",
            "creditNote.column.amount"};
        for (int column = 0; column < headings.length; column++) {
            table.addCell(cell(words.text(headings[column]), strong, column < 2));
        }
        for (RefundLine line : refund.lines()) {
            table.addCell(cell(line.name(), normal, true));
            table.addCell(cell(line.sku(), normal, true));
            table.addCell(cell(Integer.toString(line.quantity()), normal, false));
            table.addCell(cell(words.text(line.restock() ? "creditNote.restocked.yes" : "creditNote.restocked.no"), normal, false));
            table.addCell(cell(store.format(line.amount()), normal, false));
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
