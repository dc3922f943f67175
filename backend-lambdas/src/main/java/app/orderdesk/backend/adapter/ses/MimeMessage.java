package app.orderdesk.backend.adapter.ses;

import app.orderdesk.backend.port.Mailer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Builds a raw multipart/mixed MIME message (a UTF-8 text part plus base64 attachments), the form
 * SES needs to send a PDF attachment.
 */
final class MimeMessage {

    private static final String CRLF = "\r\n";

    private MimeMessage() {}

    static byte[] build(String from, Mailer.Email email) {
        String boundary = "=_orderdesk_" + UUID.randomUUID();
        StringBuilder mime = new StringBuilder()
                .append("From: ").append(from).append(CRLF)
                .append("To: ").append(email.to()).append(CRLF)
                .append("Subject: ").append(encodeHeader(email.subject())).append(CRLF)
                .append("MIME-Version: 1.0").append(CRLF)
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append('"').append(CRLF)
                .append(CRLF)
                .append("--").append(boundary).append(CRLF)
                .append("Content-Type: text/plain; charset=UTF-8").append(CRLF)
                .append("Content-Transfer-Encoding: base64").append(CRLF)
                .append(CRLF)
                .append(base64Lines(email.textBody().getBytes(StandardCharsets.UTF_8)));
        for (Mailer.Attachment attachment : email.attachments()) {
            mime.append("--").append(boundary).append(CRLF)
                    .append("Content-Type: ").append(attachment.contentType()).append("; name=\"")
                    .append(attachment.fileName()).append('"').append(CRLF)
                    .append("Content-Disposition: attachment; filename=\"").append(attachment.fileName()).append('"').append(CRLF)
                    .append("Content-Transfer-Encoding: base64").append(CRLF)
                    .append(CRLF)
                    .append(base64Lines(attachment.content()));
        }
        mime.append("--").append(boundary).append("--").append(CRLF);
        return mime.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 2047 encoded-word when the text is not plain ASCII, so names with accents survive. */
    static String encodeHeader(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii ? text : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String base64Lines(byte[] content) {
        return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(content) + CRLF;
    }
}
