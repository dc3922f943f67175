package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.RefundReason;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.port.CreditNoteRenderer;
import app.orderdesk.backend.port.Mailer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** issue 13: the credit note email speaks the store's language and writes its money, as the receipt email does. */
class CreditNoteEmailsTest {

    private static final Order ORDER = Order.place("00000000-0000-4000-8000-000000000001", "OD-000042",
            new Customer("zofia@example.test", "Zofia Łukasiewicz", null),
            List.of(OrderLine.of(new Product("p-mug", "MUG-BLU", "Blaue Tasse", Money.ofCents(1250, "EUR"), 5), 2)),
            "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));
    private static final Refund REFUND = new Refund("7f3c9a12-0000-4000-8000-000000000001", ORDER.orderId(), "refund-key", "hash",
            "gw-key", Refund.State.REFUNDED, RefundReason.CUSTOMER_REQUEST, null, List.of(RefundLine.of(0, ORDER.lines().getFirst(), 2, true)),
            Money.ofCents(2500, "EUR"), "mia", Instant.parse("2026-03-05T18:40:00Z"), "gw-1", null, null, null, null);

    private static StoreSettings store(String locale) {
        return new StoreSettings("Kaffeehaus Müller", "", "", "", "", 1900, "EUR", locale, "Europe/Berlin", "Bis bald!", null, null);
    }

    @Test
    void aGermanStoreSendsAGermanCreditNoteEmail() {
        Mailer.Email mail = CreditNoteEmails.of(ORDER, REFUND, new byte[] {1}, store("de-DE"));

        assertThat(mail.subject()).isEqualTo("Gutschrift zur Bestellung OD-000042 – Kaffeehaus Müller");
        assertThat(mail.textBody()).contains("Guten Tag Zofia Łukasiewicz,", "wir haben Ihnen 25,00\u00a0€ für Ihre Bestellung OD-000042 erstattet:",
                        "2 x Blaue Tasse  25,00\u00a0€", "Das Geld geht auf die Karte zurück", "Ihre Gutschrift liegt dieser E-Mail bei.")
                .doesNotContain("Hello", "refunded", "credit note", "EUR");
        assertThat(mail.htmlBody()).contains("<html lang=\"de\">", "<h2 style=\"margin:0 0 4px\">Kaffeehaus Müller</h2>",
                        "<p>Guten Tag Zofia Łukasiewicz,</p>", "wir haben Ihnen <b>25,00\u00a0€</b> für Ihre Bestellung <b>OD-000042</b> erstattet:",
                        "Ihre Gutschrift liegt dieser E-Mail als PDF bei.")
                .doesNotContain("Hello", "refunded", "credit note");
        assertThat(mail.attachments().getFirst().fileName()).isEqualTo("credit-note-OD-000042-7f3c9a12.pdf");
    }

    @Test
    void anEnglishStoreKeepsItsEnglishCreditNoteEmail() {
        Mailer.Email mail = CreditNoteEmails.of(ORDER, REFUND, new byte[] {1}, store("en-GB"));

        assertThat(mail.subject()).isEqualTo("Credit note for order OD-000042 – Kaffeehaus Müller");
        assertThat(mail.textBody()).contains("Hello Zofia Łukasiewicz,", "We have refunded €25.00 for your order OD-000042:",
                "2 x Blaue Tasse  €25.00", "The money goes back to the card you paid with. Your credit note is attached.");
        assertThat(mail.htmlBody()).contains("<html lang=\"en\">", "Your credit note is attached as a PDF.");
    }

    /** ADR 0068: an order paid on delivery took no money: its email credits the amount and names no card. */
    @Test
    void anOrderPaidOnDeliveryIsCreditedNotSentBackToACard() {
        Order onDelivery = Order.place(ORDER.orderId(), ORDER.orderNumber(), ORDER.customer(), ORDER.lines(), "key",
                Order.PAY_ON_DELIVERY_TOKEN, ORDER.createdAt());

        Mailer.Email english = CreditNoteEmails.of(onDelivery, REFUND, new byte[] {1}, store("en-GB"));
        Mailer.Email german = CreditNoteEmails.of(onDelivery, REFUND, new byte[] {1}, store("de-DE"));

        assertThat(english.textBody()).contains("We have credited €25.00 for your order OD-000042:",
                        "You pay on invoice / on delivery: this amount comes off what you owe. If you have already paid, we will pay it back to you.")
                .doesNotContain("refunded", "card");
        assertThat(english.htmlBody()).contains("We have credited <b>€25.00</b>", "comes off what you owe").doesNotContain("card");
        assertThat(german.textBody()).contains("wir haben Ihnen 25,00\u00a0€ für Ihre Bestellung OD-000042 gutgeschrieben:",
                "Dieser Betrag wird von Ihrer Rechnung abgezogen").doesNotContain("erstattet", "Karte");
    }

    /** CreditNotes hands the store's settings, read when there is something to write, to the renderer and the email. */
    @Test
    void creditNotesRenderAndMailInTheStoresSettingsReadOnlyWhenSomethingIsLeftToDo() {
        var receipts = new Fakes.Receipts();
        var outbox = new Fakes.Outbox();
        var refunds = new Marks();
        var reads = new AtomicInteger();
        List<String> renderedFor = new ArrayList<>();
        CreditNoteRenderer renderer = (order, refund, store) -> {
            renderedFor.add(store.locale());
            return "pdf".getBytes(StandardCharsets.UTF_8);
        };
        var creditNotes = new CreditNotes(refunds, renderer, receipts, outbox, Fakes.clock(), () -> {
            reads.incrementAndGet();
            return store("de-DE");
        });

        creditNotes.storeAndSend(ORDER, REFUND);

        assertThat(renderedFor).containsExactly("de-DE");
        assertThat(outbox.sent).singleElement().satisfies(mail -> assertThat(mail.subject()).startsWith("Gutschrift"));
        assertThat(refunds.marks).containsExactly("creditNote " + CreditNotes.key(ORDER.orderId(), REFUND.refundId()), "emailed");
        assertThat(reads).as("one read of the settings for the note and its email").hasValue(1);

        Refund done = new Refund(REFUND.refundId(), REFUND.orderId(), REFUND.idempotencyKey(), REFUND.requestHash(), REFUND.gatewayKey(),
                REFUND.state(), REFUND.reason(), REFUND.note(), REFUND.lines(), REFUND.amount(), REFUND.actor(), REFUND.createdAt(),
                REFUND.gatewayRefundId(), CreditNotes.key(ORDER.orderId(), REFUND.refundId()), Fakes.NOW, null, null);
        creditNotes.storeAndSend(ORDER, done);
        assertThat(reads).as("a retry of a finished credit note reads nothing").hasValue(1);
        assertThat(outbox.sent).hasSize(1);
    }

    /** Records what CreditNotes marks on the refund; the rest of the port is not used by it. */
    private static final class Marks extends app.orderdesk.backend.fakes.UnusedRefunds {
        final List<String> marks = new ArrayList<>();

        @Override
        public void markCreditNote(String orderId, String refundId, String creditNoteKey) {
            marks.add("creditNote " + creditNoteKey);
        }

        @Override
        public void markEmailed(String orderId, String refundId, Instant at) {
            marks.add("emailed");
        }

        @Override
        public void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode code) {
            marks.add("followUp " + followUp);
        }

        @Override
        public java.util.Optional<app.orderdesk.backend.domain.OrderStatus> statusFollowsRefunds(String orderId, java.time.Instant at) {
            return java.util.Optional.empty();
        }
    }
}
