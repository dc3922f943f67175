package app.orderdesk.backend.adapter.pdf;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.port.ReceiptRenderer;
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

/**
 * Renders the receipt PDF with OpenPDF, with embedded font subsets ({@link ReceiptFonts}) so customer
 * and product names print correctly in any script, CJK included.
 */
public final class OpenPdfReceiptRenderer implements ReceiptRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Font title = ReceiptFonts.font(18, Font.BOLD);
    private final Font normal = ReceiptFonts.font(10, Font.NORMAL);
    private final Font strong = ReceiptFonts.font(11, Font.BOLD);

    @Override
    public byte[] render(Order order) {
        var out = new ByteArrayOutputStream(16 * 1024);
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Receipt " + order.orderNumber());
        document.addCreator("Order Desk");
        document.open();
        document.add(new Paragraph("Receipt " + order.orderNumber(), title));
        document.add(new Paragraph("Date: " + DATE.format(order.createdAt()), normal));
        document.add(new Paragraph(ReceiptFonts.phrase("Customer: " + order.customer().name() + " <" + order.customer().email() + ">", normal)));
        if (order.customer().phone() != null) {
            document.add(new Paragraph("Phone: " + order.customer().phone(), normal));
        }
        document.add(new Paragraph(" ", normal));
        document.add(linesTable(order));
        Paragraph total = new Paragraph("Total: " + order.total().format(), strong);
        total.setAlignment(Element.ALIGN_RIGHT);
        document.add(total);
        if (order.paymentId() != null) {
            document.add(new Paragraph("Payment reference: " + order.paymentId(), normal));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable linesTable(Order order) {
        PdfPTable table = new PdfPTable(new float[] {5, 2.2f, 1, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Item", "SKU", "Qty", "Unit price", "Line total"}) {
            table.addCell(cell(heading, strong, heading.equals("Item") || heading.equals("SKU")));
        }
        for (OrderLine line : order.lines()) {
            table.addCell(cell(line.name(), normal, true));
            table.addCell(cell(line.sku(), normal, true));
            table.addCell(cell(Integer.toString(line.quantity()), normal, false));
            table.addCell(cell(line.unitPrice().format(), normal, false));
            table.addCell(cell(line.lineTotal().format(), normal, false));
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
