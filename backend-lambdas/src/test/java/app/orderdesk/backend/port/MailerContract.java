package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.port.Mailer.Attachment;
import app.orderdesk.backend.port.Mailer.Email;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mailer} does, the fake outbox and the SES adapter alike: what is sent arrives
 * with its subject, text and attachments intact (non-ASCII included).
 */
public abstract class MailerContract {

    protected abstract Mailer mailer();

    /** What the mailbox of {@code address} received, as the recipient would read it. */
    protected abstract List<Email> deliveredTo(String address);

    @Test
    void deliversSubjectTextAndAttachmentsIntact() {
        String to = "contract-" + UUID.randomUUID() + "@example.test";
        byte[] pdf = "%PDF-1.4 \u0000\u00ff binary".getBytes(StandardCharsets.ISO_8859_1);
        Email email = new Email(to, "Your receipt for order OD-000042 – merci, Zofia Łukasiewicz",
                "Hello Zofia,\nthank you for your order.\n李小龍 さん",
                List.of(new Attachment("receipt-OD-000042.pdf", "application/pdf", pdf)));

        mailer().send(email);

        assertThat(deliveredTo(to)).singleElement().satisfies(got -> {
            assertThat(got.to()).isEqualTo(to);
            assertThat(got.subject()).isEqualTo(email.subject());
            assertThat(got.textBody().strip()).isEqualTo(email.textBody());
            assertThat(got.attachments()).singleElement().satisfies(a -> {
                assertThat(a.fileName()).isEqualTo("receipt-OD-000042.pdf");
                assertThat(a.contentType()).isEqualTo("application/pdf");
                assertThat(a.content()).isEqualTo(pdf);
            });
        });
    }

    @Test
    void deliversTheHtmlAlternativeBesideTheText() {
        String to = "contract-html-" + UUID.randomUUID() + "@example.test";
        Email email = new Email(to, "Your receipt", "Total: $45.00", List.of(),
                "<html><body><h1>Kaffeehaus Müller</h1><p>Total: <b>$45.00</b></p></body></html>");

        mailer().send(email);

        assertThat(deliveredTo(to)).singleElement().satisfies(got -> {
            assertThat(got.textBody().strip()).isEqualTo("Total: $45.00");
            assertThat(got.htmlBody()).contains("<h1>Kaffeehaus Müller</h1>", "<b>$45.00</b>");
        });
    }
}
