package app.orderdesk.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionRenewalViewModelTest {

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final Session ended = auth.session();
    private final SessionRenewalViewModel model = new SessionRenewalViewModel(ended, auth, new SameThreadExecutor());

    @Test
    void theSamePersonsPasswordRenewsTheSessionAndLeavesMemory() {
        model.passwordProperty().set("nope");
        model.signIn();
        assertThat(model.errorProperty().get()).isEqualTo("Wrong email or password");
        assertThat(model.resultProperty().get()).as("a wrong password asks again").isNull();
        assertThat(model.passwordProperty().get()).as("typed afresh").isEmpty();

        model.passwordProperty().set("Secret-123");
        model.signIn();

        assertThat(model.resultProperty().get()).isEqualTo(SessionRenewalViewModel.Result.RENEWED);
        assertThat(model.renewedSession().email()).isEqualTo("staff@example.com");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(auth.calls).containsExactly("signIn staff@example.com", "signIn staff@example.com");
    }

    @Test
    void anEmptyPasswordIsNamedWithoutAskingThePool() {
        model.signIn();

        assertThat(model.errorProperty().get()).isEqualTo("Enter your password");
        assertThat(auth.calls).isEmpty();
    }

    @Test
    void anotherRoleOrANewPasswordGoesThroughTheSignInScreen() {
        auth.groups = Set.of("managers"); // promoted meanwhile: the window's tabs are a staff member's
        model.passwordProperty().set("Secret-123");
        model.signIn();
        assertThat(model.resultProperty().get()).isEqualTo(SessionRenewalViewModel.Result.START_OVER);
        assertThat(model.renewedSession()).isNull();

        SessionRenewalViewModel again = new SessionRenewalViewModel(ended, auth, new SameThreadExecutor());
        auth.groups = ended.groups();
        auth.temporaryPassword = true;
        again.passwordProperty().set("Secret-123");
        again.signIn();
        assertThat(again.resultProperty().get()).isEqualTo(SessionRenewalViewModel.Result.START_OVER);
    }

    @Test
    void signOutAnswersStartOverAndForgetsWhatWasTyped() {
        model.passwordProperty().set("half-typ");
        model.signOut();

        assertThat(model.resultProperty().get()).isEqualTo(SessionRenewalViewModel.Result.START_OVER);
        assertThat(model.passwordProperty().get()).isEmpty();
        model.passwordProperty().set("Secret-123");
        model.signIn();
        assertThat(auth.calls).as("answered: no more sign-ins from this question").isEmpty();
    }
}
