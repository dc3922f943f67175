package app.orderdesk.backend.adapter.pdf;

import app.orderdesk.backend.adapter.payment.CardBrands;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.ReceiptWords;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.pricing.OrderTotals;
import app.orderdesk.backend.port.ReceiptRenderer;
import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;
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
 * Renders the receipt PDF with OpenPDF: the store's header (name, address, contact, tax number),
 * the order number as text and as a QR code, the date in the store's time zone, the lines (the
 * table's header repeats on every page when an order runs long), the total with the tax it
 * contains, the payment method, and the store's footer. Fonts are embedded subsets
 * ({@link ReceiptFonts}) so names print in any script, CJK included.
 */
public final class OpenPdfReceiptRenderer implements ReceiptRenderer {

    private static final float QR_SIZE = 72;

    private final Supplier<StoreSettings> settings;
    private final Font title = ReceiptFonts.font(18, Font.BOLD);
    private final Font storeName = ReceiptFonts.font(14, Font.BOLD);
    private final Font normal = ReceiptFonts.font(10, Font.NORMAL);
    private final Font lineFont = ReceiptFonts.font(9, Font.NORMAL);
    private final Font small = ReceiptFonts.font(8, Font.NORMAL);
    private final Font strong = ReceiptFonts.font(11, Font.BOLD);

    /** With the default store settings (tests, and a store that never saved its own). */
    public OpenPdfReceiptRenderer() {
        this(() -> StoreSettings.DEFAULTS);
    }

    public OpenPdfReceiptRenderer(Supplier<StoreSettings> settings) {
        this.settings = settings;
    }

    @Override
    public byte[] render(Order order) {
        return render(order, settings.get());
    }

    @Override
    public byte[] render(Order order, StoreSettings store) {
        var out = new ByteArrayOutputStream(16 * 1024);
        var document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        ReceiptWords words = ReceiptWords.of(store);
        document.addTitle(words.text("receipt.title", order.orderNumber()));
        document.addCreator("Order Desk");
        document.open();
        document.add(header(store, QrCodes.of(writer.getDirectContent(), order.orderNumber(), QR_SIZE), order, words));
        document.add(new Paragraph(ReceiptFonts.phrase(words.text("receipt.customer", order.customer().name(), order.customer().email()), normal)));
        if (order.customer().phone() != null) {
            document.add(new Paragraph(words.text("receipt.phone", order.customer().phone()), normal));
        }
        document.add(new Paragraph(" ", normal));
        document.add(linesTable(order, store, words));
        document.add(totals(order, store, words));
        if (order.paymentId() != null) {
            document.add(new Paragraph(words.text("receipt.paymentReference",
                    CardBrands.paymentLine(order.paymentToken(), words), order.paymentId()), normal));
        } else if (order.paidOnDelivery()) {
            // nothing was charged, so there is no payment reference (ADR 0068)
            document.add(new Paragraph(CardBrands.paymentLine(order.paymentToken(), words), normal));
        }
        if (!store.receiptFooter().isBlank()) {
            document.add(new Paragraph(" ", normal));
            document.add(new Paragraph(ReceiptFonts.phrase(store.receiptFooter(), normal)));
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * Store on the left (its logo, when it has one, in a column of its own before it, so the header
     * grows no taller and 30 lines still fit on the first page), receipt number and date under it, the
     * QR code on the right.
     */
    private PdfPTable header(StoreSettings store, Image qr, Order order, ReceiptWords words) {
        Image logo = StoreHeader.logo(store);
        PdfPTable header = logo == null ? new PdfPTable(new float[] {5, 1.4f}) : new PdfPTable(new float[] {2.65f, 4, 1.4f});
        header.setWidthPercentage(100);
        if (logo != null) {
            header.addCell(StoreHeader.logoCell(logo));
        }
        PdfPCell left = borderless(new PdfPCell());
        StoreHeader.addStoreLines(left, store, words, storeName, small);
        left.addElement(new Paragraph(" ", small));
        left.addElement(new Paragraph(words.text("receipt.title", order.orderNumber()), title));
        left.addElement(new Paragraph(words.text("receipt.date", words.date(order.createdAt(), store)), normal));
        header.addCell(left);
        PdfPCell right = borderless(new PdfPCell(qr, false));
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        right.setVerticalAlignment(Element.ALIGN_TOP);
        header.addCell(right);
        header.setSpacingAfter(8);
        return header;
    }

    private PdfPTable linesTable(Order order, StoreSettings store, ReceiptWords words) {
        PdfPTable table = new PdfPTable(new float[] {5, 2.2f, 1, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        String[] headings = {"receipt.column.item", "receipt.column.sku", "receipt.column.quantity", "receipt.column.unitPrice",
            "receipt.column.lineTotal"};
        for (int column = 0; column < headings.length; column++) {
            table.addCell(cell(words.text(headings[column]), strong, column < 2));
        }
        for (OrderLine line : order.lines()) {
            table.addCell(cell(line.name(), lineFont, true));
            table.addCell(cell(line.sku(), lineFont, true));
            table.addCell(cell(Integer.toString(line.quantity()), lineFont, false));
            table.addCell(cell(money(line.unitPrice(), store), lineFont, false));
            table.addCell(cell(money(line.lineTotal(), store), lineFont, false));
        }
        return table;
    }

    private PdfPTable totals(Order order, StoreSettings store, ReceiptWords words) {
        PdfPTable totals = new PdfPTable(new float[] {6, 2});
        totals.setWidthPercentage(60);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(6);
        OrderTotals.Totals figures = store.totalsOf(order.lines());
        if (!figures.taxedGroups().isEmpty()) {
            String currency = order.total().currency();
            totals.addCell(borderless(cell(words.text("receipt.subtotal"), normal, true)));
            totals.addCell(borderless(cell(money(new Money(figures.subtotalCents(), currency), store), normal, false)));
            addTaxRows(totals, figures, currency, store, words);
        }
        totals.addCell(borderless(cell(words.text("receipt.total"), strong, true)));
        totals.addCell(borderless(cell(money(order.total(), store), strong, false)));
        return totals;
    }

    /** One row per rate ("Tax 19 %", "Tax 7 %"), each the tax its lines contain, rounded once per rate (OrderTotals). */
    private void addTaxRows(PdfPTable totals, OrderTotals.Totals figures, String currency, StoreSettings store, ReceiptWords words) {
        for (OrderTotals.TaxGroup group : figures.taxedGroups()) {
            totals.addCell(borderless(cell(words.text("receipt.tax", group.rateText()), normal, true)));
            totals.addCell(borderless(cell(money(new Money(group.taxCents(), currency), store), normal, false)));
        }
    }

    private static String money(Money amount, StoreSettings store) {
        return store.format(amount);
    }

    private static PdfPCell borderless(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, boolean left) {
        PdfPCell cell = new PdfPCell(ReceiptFonts.phrase(text, font));
        cell.setHorizontalAlignment(left ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setPadding(3);
        return cell;
    }
}
