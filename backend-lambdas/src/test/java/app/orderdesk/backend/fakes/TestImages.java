package app.orderdesk.backend.fakes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real image files for logo tests: a filled rectangle with a white band, as PNG or JPEG. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int width, int height, Color fill) {
        return write(image(width, height, fill, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height, Color fill) {
        return write(image(width, height, fill, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] gif(int width, int height, Color fill) {
        return write(image(width, height, fill, BufferedImage.TYPE_INT_RGB), "gif");
    }

    private static BufferedImage image(int width, int height, Color fill, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(fill);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, height / 3, width, height / 3);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
