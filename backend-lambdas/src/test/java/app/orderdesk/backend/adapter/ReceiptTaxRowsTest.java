package app.orderdesk.backend.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.pdf.OpenPdfReceiptRenderer;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.StoreSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** issue 13: the receipt shows the subtotal, one tax row per rate the lines were placed at, and the total. */
class ReceiptTaxRowsTest {

    /** Rates as the lines recorded them; the store's rates now differ, and must not matter. */
    private static final StoreSettings STORE_NOW = new StoreSettings("Laden", "", "", "", "", 2000, "EUR", "en-US", "UTC", "", null,
            null, null, Map.of("food", 500));

    private final Order order = Order.place("00000000-0000-4000-8000-000000000007", "OD-000077",
            new Customer("ada@example.test", "Ada Lovelace", null),
            List.of(new OrderLine("p-bread", "BRD-RYE", "Rye Bread", 1, Money.ofCents(1070, "EUR"), 700),
                    new OrderLine("p-mug", "MUG-BLU", "Blue Mug", 2, Money.ofCents(1190, "EUR"), 1900)),
            "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

    @Test
    void oneTaxRowPerRecordedRateWithTheSubtotalAndTotal() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer().render(order, STORE_NOW);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Subtotal (excl. tax) €30.00", "Tax 7 % €0.70", "Tax 19 % €3.80", "Total: €34.50")
                    .doesNotContain("Tax 20 %").doesNotContain("Tax 5 %");
        }
    }
}
