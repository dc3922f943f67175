package app.orderdesk.backend.adapter.ses;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.Mailer;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends email through SES v2 as a Simple message (text, and HTML when given) with attachments, from the configured sender
 * identity: SES builds the MIME (encoded subject, UTF-8 body, base64 parts), so we do not.
 */
public final class SesMailer implements Mailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        SendEmailRequest request = request(from, email);
        AwsFailures.run("SES SendEmail", () -> ses.sendEmail(request));
    }

    static SendEmailRequest request(String from, Email email) {
        return SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(email.to()))
                .content(c -> c.simple(m -> m
                        .subject(utf8(email.subject()))
                        .body(b -> {
                            b.text(utf8(email.textBody()));
                            if (email.htmlBody() != null) {
                                b.html(utf8(email.htmlBody()));
                            }
                        })
                        .attachments(email.attachments().stream().map(SesMailer::attachment).toList())))
                .build();
    }

    private static Content utf8(String text) {
        return Content.builder().charset(UTF_8).data(text).build();
    }

    // Fully qualified: inside a Mailer, the simple name Attachment means the port's record.
    private static software.amazon.awssdk.services.sesv2.model.Attachment attachment(Mailer.Attachment attachment) {
        return software.amazon.awssdk.services.sesv2.model.Attachment.builder()
                .fileName(attachment.fileName())
                .contentType(attachment.contentType())
                .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                .rawContent(SdkBytes.fromByteArray(attachment.content()))
                .build();
    }
}
