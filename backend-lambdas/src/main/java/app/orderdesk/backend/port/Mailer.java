package app.orderdesk.backend.port;

import java.util.List;

/** Sends email from the store's sender address. */
public interface Mailer {

    void send(Email email);

    /** A plain-text email with attachments. */
    record Email(String to, String subject, String textBody, List<Attachment> attachments) {
        public Email {
            attachments = List.copyOf(attachments);
        }
    }

    /** A file attached to an email. */
    record Attachment(String fileName, String contentType, byte[] content) {}
}
