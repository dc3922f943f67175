package app.orderdesk.desktop.auth;

/** Signs people in against the user pool; blocking calls, so run them as background work. */
public interface AuthService {

    /** Checks email and password; the pool may first ask for a new password. */
    SignInOutcome signIn(String email, String password);

    /** Answers the new-password challenge and finishes the sign-in. */
    Session completeNewPassword(SignInOutcome.NewPasswordRequired challenge, String newPassword);

    /** Exchanges the refresh token for fresh ID and access tokens. */
    Session refresh(Session session);

    /**
     * Gets ready for {@link #signIn} without calling the pool (the SDK client, its classes): run while a person
     * types, so pressing Enter does not wait for it. A failure here shows again, and is reported, at sign-in.
     */
    default void prepare() {
    }
}
