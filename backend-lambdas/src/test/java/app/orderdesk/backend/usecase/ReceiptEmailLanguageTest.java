package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.port.Mailer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** issue 13: the receipt email speaks the store's language, in its subject, its text and its HTML. */
class ReceiptEmailLanguageTest {

    private static final Order ORDER = Order.place("00000000-0000-4000-8000-000000000001", "OD-000042",
            new Customer("zofia@example.test", "Zofia Łukasiewicz", null),
            List.of(OrderLine.of(new Product("p-mug", "MUG-BLU", "Blaue Tasse", Money.ofCents(1250, "EUR"), 5), 2)),
            "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

    private static StoreSettings store(String locale) {
        return new StoreSettings("Kaffeehaus Müller", "", "", "", "", 1900, "EUR", locale, "Europe/Berlin", "Bis bald!", null, null);
    }

    @Test
    void aGermanStoreSendsAGermanEmail() {
        Mailer.Email mail = ReceiptEmails.of(ORDER, new byte[] {1}, store("de-DE"));

        assertThat(mail.subject()).isEqualTo("Ihr Beleg zur Bestellung OD-000042 – Kaffeehaus Müller");
        assertThat(mail.textBody()).contains("Guten Tag Zofia Łukasiewicz,", "vielen Dank für Ihre Bestellung OD-000042 bei Kaffeehaus Müller.",
                        "Zwischensumme (netto): 21,01\u00a0€", "MwSt. 19 %: 3,99\u00a0€", "Summe: 25,00\u00a0€",
                        "Ihr Beleg liegt dieser E-Mail bei.", "Bis bald!")
                .doesNotContain("Hello", "Thank you", "Total", "receipt");
        assertThat(mail.htmlBody()).contains("<html lang=\"de\">", "<p>Guten Tag Zofia Łukasiewicz,</p>",
                        "vielen Dank für Ihre Bestellung <b>OD-000042</b> bei Kaffeehaus Müller.", "<b>Summe: 25,00\u00a0€</b>",
                        "Zwischensumme (netto)", "MwSt. 19 %", "Ihr Beleg liegt dieser E-Mail als PDF bei.")
                .doesNotContain("Hello", "Thank you", "Total", "receipt is attached");
    }

    @Test
    void anEnglishStoreKeepsItsEnglishEmail() {
        Mailer.Email mail = ReceiptEmails.of(ORDER, new byte[] {1}, store("en-GB"));

        assertThat(mail.subject()).isEqualTo("Your receipt for order OD-000042 – Kaffeehaus Müller");
        assertThat(mail.textBody()).contains("Hello Zofia Łukasiewicz,", "Thank you for your order OD-000042 at Kaffeehaus Müller.",
                "Subtotal (excl. tax): €21.01", "Tax 19 %: €3.99", "Total: €25.00", "Your receipt is attached.");
        assertThat(mail.htmlBody()).contains("<html lang=\"en\">", "Subtotal (excl. tax)", "Tax 19 %", "Your receipt is attached as a PDF.");
    }
}
