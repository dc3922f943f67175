package app.orderdesk.desktop.order;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a receipt's first page with PDFBox at screen resolution, or at the resolution a zoom asks for. */
public final class PdfBoxReceiptRenderer implements ReceiptRenderer {

    /** Bounds a zoom's resolution (ReceiptZoom.MAX_DPI): a bigger picture costs memory and renders slowly. */
    private static final float MAX_DPI = 300f;

    // 110 dpi (DEFAULT_DPI) reads well at 100% zoom and renders in tens of milliseconds.
    @Override
    public Image renderFirstPage(byte[] pdf) throws IOException {
        return renderFirstPage(pdf, DEFAULT_DPI);
    }

    @Override
    public Image renderFirstPage(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("The receipt has no pages");
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, Math.clamp(dpi, 24f, MAX_DPI));
            return SwingFXUtils.toFXImage(page, null);
        }
    }
}
