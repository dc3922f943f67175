package app.orderdesk.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.auth.AuthException;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInViewModelTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final List<Session> signedIn = new ArrayList<>();
    private final SignInViewModel model = new SignInViewModel("local", auth, new SameThreadExecutor(), signedIn::add);

    @Test
    void signsInWithRightCredentialsAndForgetsThePassword() {
        model.emailProperty().set("  staff@example.com ");
        model.passwordProperty().set("Secret-123");

        model.signIn();

        assertThat(signedIn).singleElement().extracting(Session::email).isEqualTo("staff@example.com");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void showsWrongEmailOrPasswordOnRejectedCredentials() {
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("nope");

        model.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("Wrong email or password");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void getsTheServiceReadyInTheBackgroundWithoutSigningAnyoneIn() {
        model.prepare();

        assertThat(auth.calls).containsExactly("prepare");
        assertThat(signedIn).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void asksForBothFieldsBeforeCallingTheService() {
        model.emailProperty().set("staff@example.com");

        model.signIn();

        assertThat(model.errorProperty().get()).isEqualTo(SignInViewModel.missingCredentials());
        assertThat(auth.calls).isEmpty();
    }

    @Test
    void reportsAnUnreachableSignInService() {
        auth.failure = new AuthException("Cannot reach the sign-in service");
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("Secret-123");

        model.signIn();

        assertThat(model.errorProperty().get()).isEqualTo("Cannot reach the sign-in service");
    }

    @Test
    void neverShowsAnInternalMessageForUnexpectedFailures() {
        auth.failure = new IllegalStateException("NullPointer in frobnicator");
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("Secret-123");

        model.signIn();

        assertThat(model.errorProperty().get()).doesNotContain("frobnicator").isNotEmpty();
    }

    @Test
    void switchesToTheNewPasswordFormWhenChallenged() {
        auth.temporaryPassword = true;
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("Secret-123");

        model.signIn();

        assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.NEW_PASSWORD);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void refusesANewPasswordThatDoesNotMatchItsConfirmation() {
        auth.temporaryPassword = true;
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("Secret-123");
        model.signIn();

        model.newPasswordProperty().set("Better-456-ok");
        model.confirmPasswordProperty().set("Better-457-ok");
        model.setNewPassword();

        assertThat(model.errorProperty().get()).isEqualTo(SignInViewModel.passwordsDiffer());
        assertThat(auth.calls).doesNotContain("newPassword staff@example.com");
    }

    @Test
    void finishesSigningInWithAMatchingNewPassword() {
        auth.temporaryPassword = true;
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("Secret-123");
        model.signIn();

        model.newPasswordProperty().set("Better-456-ok");
        model.confirmPasswordProperty().set("Better-456-ok");
        model.setNewPassword();

        assertThat(signedIn).hasSize(1);
        assertThat(auth.password).isEqualTo("Better-456-ok");
        assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.CREDENTIALS);
        assertThat(model.newPasswordProperty().get()).isEmpty();
    }

    @Test
    void refusesANewPasswordThatBreaksThePoolsRulesBeforeAskingCognito() {
        auth.temporaryPassword = true;
        model.emailProperty().set("staff@example.com");
        model.passwordProperty().set("Secret-123");
        model.signIn();

        for (String weak : new String[] {"abc", "alllowercase123", "ALLUPPERCASE123", "NoDigitsAtAllHere", "Short-1a"}) {
            model.newPasswordProperty().set(weak);
            model.confirmPasswordProperty().set(weak);
            model.setNewPassword();
            assertThat(model.errorProperty().get()).as(weak).contains("rule");
        }
        assertThat(auth.calls).doesNotContain("newPassword staff@example.com");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void theRulesOnScreenAreThePoolsRulesInTheTemplate() throws java.io.IOException {
        String template = java.nio.file.Files.readString(java.nio.file.Path.of("..", "infra", "template.yaml"));
        String policy = template.substring(template.indexOf("PasswordPolicy:"));
        policy = policy.substring(0, policy.indexOf("\n\n"));
        assertThat(policy).contains("MinimumLength: " + PasswordRules.MINIMUM_LENGTH)
                .contains("RequireLowercase: true").contains("RequireUppercase: true").contains("RequireNumbers: true")
                .contains("RequireSymbols: false");
        assertThat(PasswordRules.RULES).hasSize(4);
        assertThat(PasswordRules.allMet("Fresh-Passw0rd!")).isTrue();
    }
}
