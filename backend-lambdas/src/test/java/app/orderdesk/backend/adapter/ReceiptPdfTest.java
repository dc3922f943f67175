package app.orderdesk.backend.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.pdf.OpenPdfReceiptRenderer;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private final Order order = Order.place("00000000-0000-4000-8000-000000000001", "OD-000042",
            new Customer("zofia@example.test", "Zofia Łukasiewicz", "+48221234567"),
            List.of(OrderLine.of(new Product("p-mug", "MUG-BLU", "Blue Mug", Money.ofCents(1250), 5), 2),
                    OrderLine.of(new Product("p-tee", "TEE-RED", "Red T-Shirt", Money.ofCents(2000), 5), 1)),
            "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

    @Test
    void containsTheOrderNumberEveryLineAndTheTotal() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer().render(order);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("OD-000042", "2026-03-01 10:15 UTC", "Zofia Łukasiewicz")
                    .contains("Blue Mug", "MUG-BLU", "$12.50", "$25.00")
                    .contains("Red T-Shirt", "TEE-RED", "$20.00")
                    .contains("Total: $45.00");
        }
    }

    @Test
    void printsChineseJapaneseAndKoreanNamesWithTheFallbackFont() throws Exception {
        Order cjk = Order.place("00000000-0000-4000-8000-000000000002", "OD-000043",
                new Customer("wang@example.test", "王小明 · 山田太郎 · 김민준", null),
                List.of(OrderLine.of(new Product("p-tea", "TEA-OOL", "烏龍茶 Oolong 250 g", Money.ofCents(990), 5), 1)),
                "key-2", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

        byte[] pdf = new OpenPdfReceiptRenderer().render(cjk);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("王小明", "山田太郎", "김민준", "烏龍茶 Oolong 250 g", "Total: $9.90");
        }
        // Subsets only: the 3.4 MB fallback font must not be embedded whole.
        assertThat(pdf.length).isLessThan(200_000);
    }
}
