package app.orderdesk.backend.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.pdf.OpenPdfReceiptRenderer;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreLogo;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.fakes.TestImages;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The store's logo is drawn at the top of the receipt, before the store's name, scaled down to fit. */
class ReceiptLogoTest {

    private static final Color LOGO_COLOUR = new Color(255, 0, 255);

    private static StoreSettings store(StoreLogo logo) {
        return new StoreSettings("Kaffeehaus Müller", "Hauptstraße 1\n10115 Berlin", "+49301234567", "laden@example.test",
                "DE123456789", 1900, "USD", "en-US", "Europe/Berlin", "Danke!", "mia", null, logo);
    }

    private static Order order(int lines) {
        List<OrderLine> items = IntStream.rangeClosed(1, lines)
                .mapToObj(i -> OrderLine.of(new Product("p-" + i, "SKU-" + i, "Item " + i, Money.ofCents(100 + i), 5), 1)).toList();
        return Order.place("00000000-0000-4000-8000-000000000011", "OD-000111",
                new Customer("ann@example.test", "Ann Tester", null), items, "key-logo", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));
    }

    @Test
    void aWideLogoIsDrawnAtTheTopBeforeTheStoreNameWithinItsBox() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer().render(order(2), store(StoreLogo.stored(TestImages.png(1200, 400, LOGO_COLOUR))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72); // 1 px = 1 pt
            Rectangle logo = boundsOf(page, LOGO_COLOUR);
            TextPosition name = firstOf(document, "Kaffeehaus");
            System.out.printf("receipt logo: drawn at %s pt; store name at x=%.0f y=%.0f pt%n", logo, name.getXDirAdj(), name.getYDirAdj());
            assertThat(logo.width).as("scaled down to at most 160 pt wide").isBetween(150, 161);
            assertThat(logo.height).as("its aspect kept (3:1)").isBetween(48, 56);
            assertThat(logo.x + logo.width).as("before the store's name").isLessThanOrEqualTo((int) name.getXDirAdj());
            assertThat(logo.y).as("at the top of the page, level with the store's name")
                    .isLessThan(80).isLessThanOrEqualTo((int) name.getYDirAdj());
        }
    }

    @Test
    void aJpegLogoIsDrawnAndThirtyLinesStillFitOnOnePage() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer().render(order(30), store(StoreLogo.stored(TestImages.jpeg(120, 40, Color.BLUE))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Rectangle logo = boundsOf(page, Color.BLUE);
            assertThat(logo.width).as("a small logo is not blown up").isBetween(115, 125);
        }
    }

    @Test
    void withoutALogoNothingIsDrawnThere() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer().render(order(2), store(null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(boundsOf(page, LOGO_COLOUR).isEmpty()).isTrue();
            assertThat(new PDFTextStripper().getText(document)).contains("Kaffeehaus Müller", "OD-000111");
        }
    }

    /** The smallest rectangle holding every pixel close to {@code colour} (JPEG and anti-aliasing shift colours a little). */
    private static Rectangle boundsOf(BufferedImage image, Color colour) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) < 40 && Math.abs(c.getGreen() - colour.getGreen()) < 40
                        && Math.abs(c.getBlue() - colour.getBlue()) < 40) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle() : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** The first glyph (positions from the page's top left, in pt) of the first text run that starts with {@code word}. */
    private static TextPosition firstOf(PDDocument document, String word) throws IOException {
        List<TextPosition> tops = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (tops.isEmpty() && text.startsWith(word)) {
                    tops.add(positions.getFirst());
                }
                super.writeString(text, positions);
            }
        };
        stripper.writeText(document, new StringWriter());
        assertThat(tops).as(word + " on the page").isNotEmpty();
        return tops.getFirst();
    }
}
