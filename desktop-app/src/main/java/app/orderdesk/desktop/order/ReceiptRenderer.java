package app.orderdesk.desktop.order;

import java.io.IOException;
import javafx.scene.image.Image;

/** Turns receipt PDF bytes into a picture of its first page; slow, so call it from background work. */
@FunctionalInterface
public interface ReceiptRenderer {

    /** The resolution {@link #renderFirstPage(byte[])} renders at. */
    float DEFAULT_DPI = 110f;

    Image renderFirstPage(byte[] pdf) throws IOException;

    /** The first page at {@code dpi} (a zoom: crisp, not a scaled picture); renderers that cannot, as they can. */
    default Image renderFirstPage(byte[] pdf, float dpi) throws IOException {
        return renderFirstPage(pdf);
    }
}
