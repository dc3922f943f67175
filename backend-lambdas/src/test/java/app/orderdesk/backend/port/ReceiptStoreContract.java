package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ReceiptStore} does, the fake and the S3 adapter alike. */
public abstract class ReceiptStoreContract {

    protected abstract ReceiptStore receipts();

    private static String key() {
        return "receipts/contract-" + UUID.randomUUID() + ".pdf";
    }

    @Test
    void givesBackTheBytesPutLastUnderAKey() {
        String key = key();
        receipts().put(key, "%PDF-1.4 first".getBytes(StandardCharsets.US_ASCII));
        receipts().put(key, "%PDF-1.4 second".getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(receipts().get(key), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 second");
    }

    @Test
    void aKeyNeverPutCannotBeRead() {
        assertThatThrownBy(() -> receipts().get(key())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void presignsAShortLivedLinkToTheKey() {
        String key = key();
        receipts().put(key, new byte[] {'%', 'P', 'D', 'F'});

        URI link = receipts().presign(key, "receipt-OD-000001.pdf", Duration.ofSeconds(120));

        assertThat(link.getPath()).endsWith("/" + key);
        assertThat(link.getRawQuery()).contains("X-Amz-Expires=120");
    }
}
