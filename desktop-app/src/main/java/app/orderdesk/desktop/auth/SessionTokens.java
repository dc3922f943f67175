package app.orderdesk.desktop.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Hands out the current ID token for API calls and refreshes the session shortly before it
 * expires; called from worker threads, so refreshing is synchronised.
 */
public final class SessionTokens implements Supplier<String> {

    // Refresh a little early so a token never expires between being read and reaching the API.
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(2);

    private final AuthService auth;
    private final Clock clock;
    private Session session;

    public SessionTokens(AuthService auth, Session session, Clock clock) {
        this.auth = auth;
        this.session = session;
        this.clock = clock;
    }

    @Override
    public synchronized String get() {
        if (session.expiresAt() != null && clock.instant().plus(REFRESH_MARGIN).isAfter(session.expiresAt())) {
            session = auth.refresh(session);
        }
        return session.idToken();
    }

    public synchronized Session session() {
        return session;
    }
}
