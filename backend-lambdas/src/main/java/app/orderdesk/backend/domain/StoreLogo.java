package app.orderdesk.backend.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The store's logo as printed at the top of its receipts: a PNG or JPEG of at most {@link #MAX_BYTES}
 * and {@link #MAX_SIDE} pixels a side. {@link #parse} decodes the whole image once, so a file that only
 * looks like an image (right magic bytes, broken data) is refused when a manager saves it, not when a
 * receipt is printed.
 */
public final class StoreLogo {

    /** 200 KB: a crisp receipt logo is far smaller; the limit keeps the settings item well under DynamoDB's 400 KB. */
    public static final int MAX_BYTES = 200 * 1024;
    /** The pixel limit is checked from the header before decoding: a small file can claim a huge canvas. */
    public static final int MAX_SIDE = 2000;

    private final byte[] bytes;
    private final String mediaType;

    private StoreLogo(byte[] bytes, String mediaType) {
        this.bytes = bytes;
        this.mediaType = mediaType;
    }

    /** A logo read back from storage (it was checked when it was saved). */
    public static StoreLogo stored(byte[] bytes) {
        return new StoreLogo(bytes.clone(), isPng(bytes) ? "image/png" : "image/jpeg");
    }

    /**
     * The logo a manager sent (base64), or the issue with it, named {@code logo}. Blank means no logo
     * (an empty result and no issue).
     */
    public static Parsed parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            return new Parsed(null, null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            return refused("must be a PNG or JPEG image, base64-encoded");
        }
        if (bytes.length > MAX_BYTES) {
            return refused("must be at most " + MAX_BYTES / 1024 + " KB (this one is " + (bytes.length + 1023) / 1024 + " KB)");
        }
        String mediaType = isPng(bytes) ? "image/png" : isJpeg(bytes) ? "image/jpeg" : null;
        if (mediaType == null) {
            return refused("must be a PNG or JPEG image");
        }
        try {
            String problem = decodeProblem(bytes, mediaType);
            return problem == null ? new Parsed(new StoreLogo(bytes, mediaType), null) : refused(problem);
        } catch (IOException | RuntimeException broken) {
            // ImageIO reports broken data with IIOException and, for some corruptions, runtime exceptions.
            return refused("is not a readable " + (mediaType.equals("image/png") ? "PNG" : "JPEG") + " image");
        }
    }

    /** Null when the whole image decodes within the limits; otherwise what is wrong. */
    private static String decodeProblem(byte[] bytes, String mediaType) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (!readers.hasNext()) {
                return "must be a PNG or JPEG image";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    return "must be at most " + MAX_SIDE + " × " + MAX_SIDE + " pixels (this one is " + width + " × " + height + ")";
                }
                // A truncated JPEG decodes with only a warning ("premature end"): a warning is a broken file here.
                String[] warning = new String[1];
                reader.addIIOReadWarningListener((IIOReadWarningListener) (source, message) -> warning[0] = message);
                reader.read(0);
                return warning[0] == null ? null : "is not a readable " + (mediaType.equals("image/png") ? "PNG" : "JPEG") + " image";
            } finally {
                reader.dispose();
            }
        }
    }

    private static Parsed refused(String issue) {
        return new Parsed(null, new FieldIssue("logo", issue));
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    /** The image file as it was sent. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code image/png} or {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreLogo logo && Arrays.equals(bytes, logo.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StoreLogo[" + mediaType + ", " + bytes.length + " bytes]";
    }

    /** A parsed logo (null when none was sent) or the issue that refused it. */
    public record Parsed(StoreLogo logo, FieldIssue issue) {}
}
