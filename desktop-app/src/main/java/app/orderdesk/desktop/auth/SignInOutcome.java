package app.orderdesk.desktop.auth;

/** What a password check led to: signed in, or a new password is needed first. */
public sealed interface SignInOutcome {

    /** The person is signed in. */
    record SignedIn(Session session) implements SignInOutcome {}

    /**
     * The account was created with a temporary password; {@code session} is the pool's opaque
     * challenge session, kept only in memory.
     */
    record NewPasswordRequired(String username, String session) implements SignInOutcome {
        @Override
        public String toString() {
            return "NewPasswordRequired[username=" + username + "]";
        }
    }
}
