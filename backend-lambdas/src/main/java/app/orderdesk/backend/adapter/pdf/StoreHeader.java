package app.orderdesk.backend.adapter.pdf;

import app.orderdesk.backend.domain.ReceiptWords;
import app.orderdesk.backend.domain.StoreSettings;
import java.util.stream.Stream;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;

/**
 * The store at the top of its documents, the receipt's and the credit note's alike: its logo in a
 * cell of its own, then its name, address, phone · email and tax number.
 */
final class StoreHeader {

    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(StoreHeader.class);
    private static final float LOGO_WIDTH = 160;
    private static final float LOGO_HEIGHT = 56;

    private StoreHeader() {}

    /**
     * The store's logo scaled down (never up: a small logo stays sharp) to fit {@link #LOGO_WIDTH} ×
     * {@link #LOGO_HEIGHT}, or null when it has none. It was decoded when it was saved; should OpenPDF
     * still refuse it, the document goes out without it rather than not at all.
     */
    static Image logo(StoreSettings store) {
        if (store.logo() == null) {
            return null;
        }
        try {
            Image logo = Image.getInstance(store.logo().bytes());
            if (logo.getWidth() > LOGO_WIDTH || logo.getHeight() > LOGO_HEIGHT) {
                logo.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            }
            return logo;
        } catch (java.io.IOException | RuntimeException unreadable) {
            LOG.warn("The store logo could not be drawn; the document is made without it", unreadable);
            return null;
        }
    }

    /** The logo's cell: no border, at the top, level with the store's name. */
    static PdfPCell logoCell(Image logo) {
        PdfPCell cell = new PdfPCell(logo, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPaddingTop(4);
        return cell;
    }

    /** Adds the store's name, address lines, contact and tax number to {@code cell}. */
    static void addStoreLines(PdfPCell cell, StoreSettings store, ReceiptWords words, Font nameFont, Font small) {
        cell.addElement(new Paragraph(ReceiptFonts.phrase(store.name(), nameFont)));
        for (String line : store.address().split("\\R")) {
            if (!line.isBlank()) {
                cell.addElement(new Paragraph(ReceiptFonts.phrase(line, small)));
            }
        }
        String contact = String.join(" · ", Stream.of(store.phone(), store.email()).filter(s -> !s.isBlank()).toList());
        if (!contact.isEmpty()) {
            cell.addElement(new Paragraph(contact, small));
        }
        if (!store.taxNumber().isBlank()) {
            cell.addElement(new Paragraph(words.text("receipt.taxNumber", store.taxNumber()), small));
        }
    }
}
