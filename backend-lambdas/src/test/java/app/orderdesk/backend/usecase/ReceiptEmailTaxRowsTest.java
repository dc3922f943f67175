package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.StoreSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** issue 13: the receipt email (text and HTML) shows the same subtotal and tax rows as the PDF. */
class ReceiptEmailTaxRowsTest {

    private static final StoreSettings STORE = new StoreSettings("Laden", "", "", "", "", 1900, "EUR", "en-US", "UTC", "", null,
            null, null, Map.of("food", 700));

    @Test
    void textAndHtmlShowSubtotalOneTaxRowPerRateAndTotal() {
        Order order = Order.place("00000000-0000-4000-8000-000000000008", "OD-000078",
                new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(new OrderLine("p-bread", "BRD-RYE", "Rye Bread", 1, Money.ofCents(1070, "EUR"), 700),
                        new OrderLine("p-mug", "MUG-BLU", "Blue Mug", 2, Money.ofCents(1190, "EUR"), 1900)),
                "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

        var email = ReceiptEmails.of(order, new byte[] {1}, STORE);

        assertThat(email.textBody()).contains("Subtotal (excl. tax): €30.00\nTax 7 %: €0.70\nTax 19 %: €3.80\nTotal: €34.50");
        assertThat(email.htmlBody()).contains("Subtotal (excl. tax)", "€30.00", "Tax 7 %", "€0.70", "Tax 19 %", "€3.80", "€34.50");
    }

    @Test
    void anUntaxedOrderHasNoTaxRows() {
        StoreSettings untaxed = new StoreSettings("Laden", "", "", "", "", 0, "EUR", "en-US", "UTC", "", null, null);
        Order order = Order.place("00000000-0000-4000-8000-000000000009", "OD-000079",
                new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(new OrderLine("p-mug", "MUG-BLU", "Blue Mug", 1, Money.ofCents(1190, "EUR"))),
                "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

        var email = ReceiptEmails.of(order, new byte[] {1}, untaxed);

        assertThat(email.textBody()).contains("Total: €11.90").doesNotContain("Tax").doesNotContain("Subtotal");
        assertThat(email.htmlBody()).doesNotContain("Tax ");
    }
}
