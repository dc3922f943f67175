package app.orderdesk.backend.port;

import java.util.List;

/** Sends email from the store's sender address. */
public interface Mailer {

    void send(Email email);

    /**
     * An email with a plain-text body, optionally an HTML alternative of the same content
     * ({@code htmlBody} null: text only), and attachments.
     */
    record Email(String to, String subject, String textBody, List<Attachment> attachments, String htmlBody) {
        public Email {
            attachments = List.copyOf(attachments);
        }

        /** Text only. */
        public Email(String to, String subject, String textBody, List<Attachment> attachments) {
            this(to, subject, textBody, attachments, null);
        }
    }

    /** A file attached to an email. */
    record Attachment(String fileName, String contentType, byte[] content) {}
}
