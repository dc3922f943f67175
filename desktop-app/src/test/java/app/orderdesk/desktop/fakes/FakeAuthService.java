package app.orderdesk.desktop.fakes;

import app.orderdesk.desktop.auth.AuthException;
import app.orderdesk.desktop.auth.AuthService;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.auth.SignInOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An in-memory user pool: one user, optionally with a temporary password. */
public final class FakeAuthService implements AuthService {

    public String email; // not final: a test may sign a second person in
    public String password;
    public boolean temporaryPassword;
    public RuntimeException failure;
    public final List<String> calls = new ArrayList<>();
    public Set<String> groups = Set.of("staff");
    /** Thrown by {@link #refresh} when set (e.g. {@code AuthException.sessionEnded}: the pool will not renew any more). */
    public volatile RuntimeException refreshFailure;
    /** How long the ID token of a sign-in lasts; zero: it needs renewing at its first use. */
    public volatile java.time.Duration sessionLength = java.time.Duration.ofHours(1);

    public FakeAuthService(String email, String password) {
        this.email = email;
        this.password = password;
    }

    @Override
    public SignInOutcome signIn(String user, String pass) {
        calls.add("signIn " + user);
        if (failure != null) {
            throw failure;
        }
        if (!email.equals(user) || !password.equals(pass)) {
            throw new AuthException("Wrong email or password");
        }
        return temporaryPassword ? new SignInOutcome.NewPasswordRequired(user, "challenge-session")
                : new SignInOutcome.SignedIn(session());
    }

    @Override
    public Session completeNewPassword(SignInOutcome.NewPasswordRequired challenge, String newPassword) {
        calls.add("newPassword " + challenge.username());
        password = newPassword;
        temporaryPassword = false;
        return session();
    }

    @Override
    public void prepare() {
        calls.add("prepare");
    }

    @Override
    public Session refresh(Session session) {
        calls.add("refresh");
        if (refreshFailure != null) {
            throw refreshFailure;
        }
        return new Session(session.username(), session.email(), session.groups(), "refreshed-token",
                session.refreshToken(), Instant.now().plusSeconds(3600));
    }

    public Session session() {
        return new Session(email, email, groups, "id-token", "refresh-token", Instant.now().plus(sessionLength));
    }
}
