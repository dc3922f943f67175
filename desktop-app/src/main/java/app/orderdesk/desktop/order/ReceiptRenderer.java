package app.orderdesk.desktop.order;

import java.io.IOException;
import javafx.scene.image.Image;

/** Turns receipt PDF bytes into a picture of its first page; slow, so call it from background work. */
@FunctionalInterface
public interface ReceiptRenderer {

    Image renderFirstPage(byte[] pdf) throws IOException;
}
