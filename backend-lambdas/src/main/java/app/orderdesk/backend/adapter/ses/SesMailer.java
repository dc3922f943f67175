package app.orderdesk.backend.adapter.ses;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.Mailer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Sends email through SES v2 as raw MIME, from the configured sender identity. */
public final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        byte[] raw = MimeMessage.build(from, email);
        AwsFailures.run("SES SendEmail", () -> ses.sendEmail(r -> r
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(email.to()))
                .content(c -> c.raw(m -> m.data(SdkBytes.fromByteArray(raw))))));
    }
}
