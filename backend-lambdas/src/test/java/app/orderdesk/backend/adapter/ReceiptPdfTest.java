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
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import app.orderdesk.backend.domain.StoreSettings;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.stream.IntStream;
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

    private static final StoreSettings STORE = new StoreSettings("Kaffeehaus Müller", "Hauptstraße 1\n10115 Berlin", "+49301234567",
            "laden@example.test", "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin", "Danke für Ihren Einkauf!", "mia", null);

    private static Order inEuros(Order order) {
        List<OrderLine> lines = order.lines().stream().map(l -> new OrderLine(l.productId(), l.sku(), l.name(), l.quantity(),
                Money.ofCents(l.unitPrice().cents(), "EUR"))).toList();
        return Order.place(order.orderId(), order.orderNumber(), order.customer(), lines, "key-eur", "tok_mastercard", order.createdAt());
    }

    private static Order paid(Order o) {
        return new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), o.status(), o.statusReason(),
                o.idempotencyKey(), o.paymentToken(), "pay_123", o.receiptKey(), o.emailSentAt(), o.acceptedAt(), o.createdAt(),
                o.updatedAt(), o.version());
    }

    @Test
    void carriesTheStoresHeaderTaxPaymentAndFooterInItsLocaleAndZone() throws Exception {
        Order paid = paid(inEuros(order));

        byte[] pdf = new OpenPdfReceiptRenderer(() -> STORE).render(paid);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Kaffeehaus Müller", "Hauptstraße 1", "10115 Berlin", "+49301234567", "laden@example.test",
                    "Steuernummer: DE123456789", "Danke für Ihren Einkauf!")
                    .as("10:15 UTC is 11:15 in Berlin in March").contains("01.03.2026 11:15 Europe/Berlin")
                    .contains("45,00\u00a0€")
                    .as("19 % contained in 45.00 = 7.18").contains("MwSt. 19 %", "7,18\u00a0€", "37,82\u00a0€")
                    .contains("Bezahlt mit Mastercard •••• 4444 · Zahlungsreferenz pay_123");
        }
    }

    /** ADR 0068: an order paid on delivery is not charged, so it has no payment id; its receipt still says how it is paid. */
    @Test
    void anOrderPaidOnDeliverySaysSoWithoutAPaymentReference() throws Exception {
        Order onDelivery = Order.place(order.orderId(), order.orderNumber(), order.customer(), order.lines(), "key-pod",
                Order.PAY_ON_DELIVERY_TOKEN, order.createdAt());

        try (PDDocument document = Loader.loadPDF(new OpenPdfReceiptRenderer().render(onDelivery))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("To be paid on invoice / on delivery").doesNotContain("payment reference", "Paid by");
        }
    }

    /** issue 13: a store whose locale is de-DE gets every word of its receipt in German, and none in English. */
    @Test
    void aGermanStoreGetsAGermanReceipt() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer(() -> STORE).render(paid(inEuros(order)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Beleg OD-000042", "Datum: 01.03.2026 11:15 Europe/Berlin", "Kunde: Zofia Łukasiewicz",
                            "Telefon: +48221234567", "Artikel", "Art.-Nr.", "Menge", "Einzelpreis", "Gesamt", "Zwischensumme (netto)",
                            "MwSt. 19 %", "Summe: 45,00\u00a0€", "Bezahlt mit Mastercard •••• 4444")
                    .doesNotContain("Receipt", "Date:", "Customer", "Phone", "Item\n", "Qty", "Unit price", "Line total", "Subtotal",
                            "Tax", "Total", "Paid by");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Beleg OD-000042");
        }
    }

    @Test
    void theQrCodeReadsAsTheOrderNumber() throws Exception {
        byte[] pdf = new OpenPdfReceiptRenderer(() -> STORE).render(order);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("OD-000042");
        }
    }

    @Test
    void thirtyLinesFitOnOnePageAndALongerOrderContinuesWithItsHeadings() throws Exception {
        try (PDDocument thirty = Loader.loadPDF(new OpenPdfReceiptRenderer(() -> STORE).render(withLines(30)));
             PDDocument eighty = Loader.loadPDF(new OpenPdfReceiptRenderer(() -> STORE).render(withLines(80)))) {
            assertThat(thirty.getNumberOfPages()).isEqualTo(1);
            assertThat(eighty.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(eighty.getNumberOfPages());
            lastPage.setEndPage(eighty.getNumberOfPages());
            assertThat(lastPage.getText(eighty)).contains("Einzelpreis", "Gesamt", "Item 80", "Summe:");
        }
    }

    private Order withLines(int count) {
        List<OrderLine> lines = IntStream.rangeClosed(1, count)
                .mapToObj(i -> OrderLine.of(new Product("p-" + i, "SKU-" + i, "Item " + i, Money.ofCents(100 + i), 5), 1)).toList();
        return Order.place("00000000-0000-4000-8000-000000000009", "OD-000099", order.customer(), lines, "key-long", "tok_visa",
                order.createdAt());
    }
}
