package app.orderdesk.backend.port;

import java.net.URI;
import java.time.Duration;

/** Where receipt PDFs live. */
public interface ReceiptStore {

    void put(String key, byte[] pdf);

    byte[] get(String key);

    /** A short-lived link to download the receipt, offered to the browser as {@code fileName}. */
    URI presign(String key, String fileName, Duration lifetime);
}
