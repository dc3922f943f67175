package app.orderdesk.desktop.signin;

import app.orderdesk.desktop.auth.AuthService;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.auth.SignInOutcome;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The password asked for again when the session has ended (the pool renews it for 12 hours, then wants the
 * password): the same person signs in once more over the window as it was, so a half-typed order and the open
 * screens stay. Anyone else, a change of role (other tabs) or a pool that first wants a new password goes through
 * the sign-in screen instead ({@link Result#START_OVER}), as a deliberate Sign out does.
 */
public final class SessionRenewalViewModel {

    /** How the question ended. */
    public enum Result { RENEWED, START_OVER }

    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();

    private final Session ended;
    private final AuthService auth;
    private final BackgroundExecutor executor;
    private Session renewed;

    public SessionRenewalViewModel(Session ended, AuthService auth, BackgroundExecutor executor) {
        this.ended = ended;
        this.auth = auth;
        this.executor = executor;
    }

    /** Who is asked: the signed-in person's email, not changeable here. */
    public String email() {
        return ended.email();
    }

    /** Checks the password in the background; ignored while a check runs or once answered. */
    public void signIn() {
        if (busy.get() || result.get() != null) {
            return;
        }
        String secret = password.get() == null ? "" : password.get();
        if (secret.isEmpty()) {
            error.set(Messages.text("session.renew.missingPassword"));
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit(() -> auth.signIn(ended.email(), secret), this::onOutcome, this::onFailure);
    }

    /** Leaves for the sign-in screen (unsent orders stay in the Outbox, as at any sign-out). */
    public void signOut() {
        if (!busy.get() && result.get() == null) {
            password.set("");
            result.set(Result.START_OVER);
        }
    }

    private void onOutcome(SignInOutcome outcome) {
        busy.set(false);
        password.set(""); // the secret leaves memory as soon as it has been used
        if (outcome instanceof SignInOutcome.SignedIn signedIn && samePersonAndRoles(signedIn.session())) {
            renewed = signedIn.session();
            result.set(Result.RENEWED);
        } else {
            result.set(Result.START_OVER);
        }
    }

    private boolean samePersonAndRoles(Session fresh) {
        return fresh.username().equals(ended.username()) && fresh.groups().equals(ended.groups());
    }

    private void onFailure(Throwable failure) {
        busy.set(false);
        password.set(""); // typed afresh, not appended to the refused one
        error.set(ErrorMessages.describe(failure));
    }

    /** The new session once {@link Result#RENEWED}; null before. */
    public Session renewedSession() {
        return renewed;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Null until answered. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
