package app.orderdesk.backend.adapter.ses;

import app.orderdesk.backend.port.Mailer;

/** Opens the package-private MIME builder to tests. */
public final class TestAccess {
    private TestAccess() {}

    public static byte[] build(String from, Mailer.Email email) {
        return MimeMessage.build(from, email);
    }
}
