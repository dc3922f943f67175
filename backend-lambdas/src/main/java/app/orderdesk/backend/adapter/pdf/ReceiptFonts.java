package app.orderdesk.backend.adapter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * The receipt's fonts: DejaVu Sans for Latin, Greek and Cyrillic, and Droid Sans Fallback for what
 * DejaVu lacks (Chinese, Japanese, Korean…). The fallback (3.4 MB) is parsed only the first time a
 * receipt needs it, so ordinary receipts pay nothing for it; each PDF embeds only the glyphs it uses.
 */
final class ReceiptFonts {

    private static final BaseFont PRIMARY = load("DejaVuSans.ttf");

    private ReceiptFonts() {}

    static Font font(float size, int style) {
        return new Font(PRIMARY, size, style);
    }

    /** A phrase of {@code text} in {@code font}, switching to the fallback for characters the primary font lacks. */
    static Phrase phrase(String text, Font font) {
        if (text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || PRIMARY.charExists(cp))) {
            return new Phrase(text, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        selector.addFont(new Font(Fallback.FONT, font.getSize(), font.getStyle()));
        return selector.process(text);
    }

    /** Holder idiom: the fallback font is loaded when first used, not with the class. */
    private static final class Fallback {
        static final BaseFont FONT = load("DroidSansFallback.ttf");
    }

    private static BaseFont load(String file) {
        String resource = "/fonts/" + file;
        try (InputStream in = ReceiptFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + resource);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the receipt font " + file, e);
        }
    }
}
