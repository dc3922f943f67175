package app.orderdesk.backend.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.pdf.OpenPdfCreditNoteRenderer;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.RefundReason;
import app.orderdesk.backend.domain.StoreLogo;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.fakes.TestImages;
import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** issue 13: the credit note is written as the store's receipt is: its header, language, time zone and money. */
class CreditNotePdfTest {

    private static final StoreSettings GERMAN = new StoreSettings("Kaffeehaus Müller", "Hauptstraße 1\n10115 Berlin", "+49301234567",
            "laden@example.test", "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin", "Danke für Ihren Einkauf!", "mia", null);
    private static final StoreSettings ENGLISH = new StoreSettings("Harbour Shop", "1 Harbour Road\nPortsmouth", "", "",
            "GB123", 2000, "USD", "en-GB", "Europe/London", "See you soon", "mia", null);

    private final OpenPdfCreditNoteRenderer renderer = new OpenPdfCreditNoteRenderer();

    @Test
    void aGermanStoreGetsAGermanCreditNote() throws Exception {
        Order order = order("EUR");
        byte[] pdf = renderer.render(order, refund(order), GERMAN);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            System.out.printf("credit note (de-DE): %d bytes%n%s%n", pdf.length, text);
            assertThat(text).contains("Kaffeehaus Müller", "Hauptstraße 1", "10115 Berlin", "Steuernummer: DE123456789",
                            "Gutschrift CN-OD-000042-7f3c9a12")
                    .as("10:15 UTC is 11:15 in Berlin on 1 March; 18:40 UTC is 19:40 on 5 March")
                    .contains("Zur Bestellung OD-000042 vom 01.03.2026 11:15 Europe/Berlin", "Datum: 05.03.2026 19:40 Europe/Berlin")
                    .contains("Kunde: Zofia Łukasiewicz <zofia@example.test>", "Grund: Beschädigt (Henkel abgebrochen)",
                            "Artikel", "Art.-Nr.", "Menge", "Zurück ins", "Betrag", "ja", "nein",
                            "12,50\u00a0€", "20,00\u00a0€", "Erstattet: 32,50\u00a0€", "Erstattet auf die Zahlung pay_123")
                    .doesNotContain("Credit note", "For order", "Date:", "Customer", "Reason", "Item", "Qty", "Returned", "Amount",
                            "Refunded", "yes", "Damaged", "UTC", "EUR");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Gutschrift CN-OD-000042-7f3c9a12");
        }
    }

    @Test
    void anEnglishStoreKeepsAnEnglishCreditNoteInItsOwnZoneAndMoney() throws Exception {
        Order order = order("USD");
        byte[] pdf = renderer.render(order, refund(order), ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Harbour Shop", "1 Harbour Road", "Tax number: GB123", "Credit note CN-OD-000042-7f3c9a12",
                            "For order OD-000042 of 2026-03-01 10:15 Europe/London", "Date: 2026-03-05 18:40 Europe/London",
                            "Customer: Zofia Łukasiewicz", "Reason: Damaged (Henkel abgebrochen)", "Item", "SKU", "Qty", "Returned to",
                            "Amount", "yes", "no", "US$12.50", "US$20.00", "Refunded: US$32.50", "Refunded to the payment pay_123")
                    .doesNotContain("Gutschrift", "Datum", "Grund", "Erstattet", "Beschädigt");
        }
    }

    /** ADR 0068: an order paid on delivery took no money, so its credit note credits the amount instead of refunding it. */
    @Test
    void anOrderPaidOnDeliveryIsCreditedNotRefunded() throws Exception {
        Order placed = order("EUR");
        Order onDelivery = new Order(placed.orderId(), placed.orderNumber(), placed.customer(), placed.lines(), placed.total(),
                placed.status(), placed.statusReason(), placed.idempotencyKey(), Order.PAY_ON_DELIVERY_TOKEN, null, placed.receiptKey(),
                placed.emailSentAt(), placed.acceptedAt(), placed.createdAt(), placed.updatedAt(), placed.version());

        try (PDDocument document = Loader.loadPDF(renderer.render(onDelivery, refund(onDelivery), ENGLISH))) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertThat(text).contains("Credited: €32.50", "Paid on invoice / on delivery: this amount comes off what you owe.",
                    "If you have already paid, we pay it back to you.").doesNotContain("Refunded");
        }
        try (PDDocument document = Loader.loadPDF(renderer.render(onDelivery, refund(onDelivery), GERMAN))) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertThat(text).contains("Gutgeschrieben: 32,50\u00a0€", "Dieser Betrag wird von Ihrer Rechnung abgezogen")
                    .doesNotContain("Erstattet");
        }
    }

    @Test
    void theStoresLogoIsOnTheCreditNote() throws Exception {
        StoreSettings withLogo = new StoreSettings("Logo Shop", "", "", "", "", 0, "EUR", "de-DE", "Europe/Berlin", "", "mia", null,
                StoreLogo.stored(TestImages.png(120, 40, Color.MAGENTA)));
        Order order = order("EUR");

        try (PDDocument document = Loader.loadPDF(renderer.render(order, refund(order), withLogo))) {
            var resources = document.getPage(0).getResources();
            List<String> images = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertThat(images).containsExactly("120x40");
        }
    }

    private static Order order(String currency) {
        Order placed = Order.place("00000000-0000-4000-8000-000000000001", "OD-000042",
                new Customer("zofia@example.test", "Zofia Łukasiewicz", null),
                List.of(OrderLine.of(new Product("p-mug", "MUG-BLU", "Blue Mug", Money.ofCents(1250, currency), 5), 2),
                        OrderLine.of(new Product("p-tee", "TEE-RED", "Red T-Shirt", Money.ofCents(2000, currency), 5), 1)),
                "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));
        return new Order(placed.orderId(), placed.orderNumber(), placed.customer(), placed.lines(), placed.total(), placed.status(),
                placed.statusReason(), placed.idempotencyKey(), placed.paymentToken(), "pay_123", placed.receiptKey(),
                placed.emailSentAt(), placed.acceptedAt(), placed.createdAt(), placed.updatedAt(), placed.version());
    }

    /** One mug back to stock, the T-shirt not. */
    static Refund refund(Order order) {
        List<RefundLine> lines = List.of(RefundLine.of(0, order.lines().get(0), 1, true), RefundLine.of(1, order.lines().get(1), 1, false));
        return new Refund("7f3c9a12-0000-4000-8000-000000000001", order.orderId(), "refund-key", "hash", "gw-key", Refund.State.REFUNDED,
                RefundReason.DAMAGED, "Henkel abgebrochen", lines, Money.ofCents(3250, order.total().currency()), "mia",
                Instant.parse("2026-03-05T18:40:00Z"), "gw-1", null, null, null, null);
    }
}
