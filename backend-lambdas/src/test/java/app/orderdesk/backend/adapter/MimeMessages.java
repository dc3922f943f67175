package app.orderdesk.backend.adapter;

import app.orderdesk.backend.port.Mailer;

/** Test access to the MIME builder. */
final class MimeMessages {
    private MimeMessages() {}

    static byte[] build(String from, Mailer.Email email) {
        return app.orderdesk.backend.adapter.ses.TestAccess.build(from, email);
    }
}
