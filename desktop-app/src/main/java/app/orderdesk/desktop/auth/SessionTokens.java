package app.orderdesk.desktop.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Hands out the current ID token for API calls and refreshes the session shortly before it
 * expires; called from worker threads, so refreshing is synchronised. When the pool will not renew it any more
 * (the refresh token's hours are over), every call fails until {@link #renew} is given a new sign-in, and the
 * listener set with {@link #onSessionEnded} hears of it once, so the desk can ask for the password.
 */
public final class SessionTokens implements Supplier<String> {

    // Refresh a little early so a token never expires between being read and reaching the API.
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(2);

    private final AuthService auth;
    private final Clock clock;
    private Session session;
    private Runnable onSessionEnded = () -> { };
    private boolean endReported;

    public SessionTokens(AuthService auth, Session session, Clock clock) {
        this.auth = auth;
        this.session = session;
        this.clock = clock;
    }

    @Override
    public synchronized String get() {
        if (session.expiresAt() != null && clock.instant().plus(REFRESH_MARGIN).isAfter(session.expiresAt())) {
            try {
                session = auth.refresh(session);
            } catch (AuthException e) {
                if (e.isSessionEnded() && !endReported) {
                    endReported = true; // once: every screen's next call fails the same way until renew
                    onSessionEnded.run();
                }
                throw e;
            }
        }
        return session.idToken();
    }

    /** Called (on the calling worker thread) the first time the session turns out to have ended. */
    public synchronized void onSessionEnded(Runnable listener) {
        this.onSessionEnded = listener;
    }

    /** Carries on with {@code fresh}, the same person signed in again. */
    public synchronized void renew(Session fresh) {
        session = fresh;
        endReported = false;
    }

    public synchronized Session session() {
        return session;
    }
}
