package app.orderdesk.desktop.settings;

import app.orderdesk.desktop.infra.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The store's logo on the settings form: the image file's bytes (null = no logo), the reason a chosen
 * file was refused, and the base64 the PUT carries. It checks what it cheaply can (size, PNG or JPEG
 * signature) so a wrong file is named at once; the server decodes the image and has the last word.
 */
public final class StoreLogoChoice {

    /** The API's name for the field, as a 400's details name it. */
    static final String FIELD = "logo";
    /** The server's limit (docs: 200 KB decoded). */
    public static final int MAX_BYTES = 200 * 1024;
    /** The server's pixel limit a side (StoreLogo.MAX_SIDE). */
    static final int MAX_SIDE = 2000;

    private final ReadOnlyObjectWrapper<byte[]> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BackgroundExecutor executor;

    StoreLogoChoice(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Reads {@code file} off the UI thread and takes it when it is a PNG or JPEG within the limit. */
    public void choose(Path file) {
        executor.submit(() -> Files.readAllBytes(file), bytes -> {
            String refusal = check(bytes);
            if (refusal == null) {
                image.set(bytes);
                problem.set("");
            } else {
                problem.set(refusal);
            }
        }, failure -> problem.set(text("logo.unreadable", file.getFileName())));
    }

    /** No logo: the next save removes it from the receipts. */
    public void remove() {
        image.set(null);
        problem.set("");
    }

    /** Null when {@code bytes} may be sent; otherwise why not, in words. */
    static String check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return text("logo.tooLarge", MAX_BYTES / 1024, (bytes.length + 1023) / 1024);
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
        if (!png && !jpeg) {
            return text("logo.notAnImage");
        }
        int[] size = pixelSize(bytes);
        if (size == null) {
            return text("logo.notAnImage");
        }
        return size[0] > MAX_SIDE || size[1] > MAX_SIDE ? text("logo.tooManyPixels", MAX_SIDE, size[0], size[1]) : null;
    }

    /**
     * Width and height as the file's header states them, read without decoding the picture; null when no header can be
     * read. A 200 KB PNG can claim a 30,000-pixel canvas: the preview decoded it whole (gigabytes) before the server
     * refused it (session 33's note).
     */
    static int[] pixelSize(byte[] bytes) {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    void show(String base64) {
        image.set(base64 == null || base64.isBlank() ? null : Base64.getDecoder().decode(base64));
        problem.set("");
    }

    void refused(String issue) {
        problem.set(issue);
    }

    /** What the PUT sends: the logo as base64, or null for none. */
    String base64() {
        return image.get() == null ? null : Base64.getEncoder().encodeToString(image.get());
    }

    /** The logo file's bytes, or null when the store has none. */
    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Why the chosen file (or the saved one) was refused; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A word of the logo part, from its own bundle ({@code logo.properties} beside this class). */
    public static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("app.orderdesk.desktop.settings.logo", Locale.getDefault()).getString(key);
        return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
    }
}
