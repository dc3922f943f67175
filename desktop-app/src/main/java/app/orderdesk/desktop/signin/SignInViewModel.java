package app.orderdesk.desktop.signin;

import app.orderdesk.desktop.auth.AuthService;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.auth.SignInOutcome;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State and commands of the sign-in screen, including the new-password challenge. */
public final class SignInViewModel {

    /** Which form the screen shows. */
    public enum Step { CREDENTIALS, NEW_PASSWORD }

    static String missingCredentials() {
        return Messages.text("signIn.missingCredentials");
    }

    static String missingNewPassword() {
        return Messages.text("signIn.missingNewPassword");
    }

    static String passwordsDiffer() {
        return Messages.text("signIn.passwordsDiffer");
    }

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CREDENTIALS);

    private final String profileName;
    private final AuthService auth;
    private final BackgroundExecutor executor;
    private final Consumer<Session> onSignedIn;
    private SignInOutcome.NewPasswordRequired challenge;

    public SignInViewModel(String profileName, AuthService auth, BackgroundExecutor executor, Consumer<Session> onSignedIn) {
        this.profileName = profileName;
        this.auth = auth;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
    }

    /**
     * Lets the sign-in service get ready in the background while a person types: the first sign-in after the app
     * starts otherwise spent about a second building its SDK client after Enter. Nothing is shown for it.
     */
    public void prepare() {
        executor.submit(() -> {
            auth.prepare();
            return Boolean.TRUE;
        }, ready -> { }, notReady -> { }); // the same failure is reported by signIn
    }

    /** Checks the credentials in the background; ignored while a check is already running. */
    public void signIn() {
        if (busy.get()) {
            return;
        }
        String user = email.get() == null ? "" : email.get().strip();
        String secret = password.get() == null ? "" : password.get();
        if (user.isEmpty() || secret.isEmpty()) {
            error.set(missingCredentials());
            return;
        }
        start();
        executor.submit(() -> auth.signIn(user, secret), this::onOutcome, this::onFailure);
    }

    /** Answers the new-password challenge once both fields agree. */
    public void setNewPassword() {
        if (busy.get() || challenge == null) {
            return;
        }
        String chosen = newPassword.get() == null ? "" : newPassword.get();
        if (chosen.isEmpty()) {
            error.set(missingNewPassword());
            return;
        }
        if (!PasswordRules.allMet(chosen)) {
            // Checked here first, as the pool would refuse it anyway; the rules on screen say which is missing.
            error.set(app.orderdesk.desktop.ui.Messages.text("password.rules.notMet"));
            return;
        }
        if (!chosen.equals(confirmPassword.get())) {
            error.set(passwordsDiffer());
            return;
        }
        SignInOutcome.NewPasswordRequired pending = challenge;
        start();
        executor.submit(() -> auth.completeNewPassword(pending, chosen), this::signedIn, this::onFailure);
    }

    private void start() {
        busy.set(true);
        error.set("");
    }

    private void onOutcome(SignInOutcome outcome) {
        switch (outcome) {
            case SignInOutcome.SignedIn signedIn -> signedIn(signedIn.session());
            case SignInOutcome.NewPasswordRequired required -> {
                busy.set(false);
                challenge = required;
                step.set(Step.NEW_PASSWORD);
            }
        }
    }

    private void signedIn(Session session) {
        busy.set(false);
        challenge = null;
        // Secrets leave memory as soon as they are no longer needed.
        password.set("");
        newPassword.set("");
        confirmPassword.set("");
        step.set(Step.CREDENTIALS);
        onSignedIn.accept(session);
    }

    private void onFailure(Throwable failure) {
        busy.set(false);
        error.set(ErrorMessages.describe(failure));
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmPasswordProperty() {
        return confirmPassword;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public String profileName() {
        return profileName;
    }
}
