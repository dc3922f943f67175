package app.orderdesk.backend.adapter.ses;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.port.Mailer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;

/** The request the mailer sends; what SES (the emulator) makes of it is checked by the Mailer contract in local-cloud. */
class SesMailerTest {

    @Test
    void sendsASimpleMessageWithThePdfAttached() {
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
        var email = new Mailer.Email("ada@example.test", "Your receipt for order OD-000001 – thanks", "Hello Zofia Łukasiewicz",
                List.of(new Mailer.Attachment("receipt-OD-000001.pdf", "application/pdf", pdf)));

        var request = SesMailer.request("receipts@orderdesk.test", email);

        assertThat(request.fromEmailAddress()).isEqualTo("receipts@orderdesk.test");
        assertThat(request.destination().toAddresses()).containsExactly("ada@example.test");
        assertThat(request.content().raw()).isNull();
        var message = request.content().simple();
        assertThat(message.subject().data()).isEqualTo("Your receipt for order OD-000001 – thanks");
        assertThat(message.subject().charset()).isEqualTo("UTF-8");
        assertThat(message.body().text().data()).isEqualTo("Hello Zofia Łukasiewicz");
        assertThat(message.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("receipt-OD-000001.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.contentDisposition()).isEqualTo(AttachmentContentDisposition.ATTACHMENT);
            assertThat(a.rawContent().asByteArray()).isEqualTo(pdf);
        });
    }
}
