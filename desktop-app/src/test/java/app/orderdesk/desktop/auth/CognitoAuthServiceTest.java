package app.orderdesk.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** The Cognito adapter against the local cloud's user pool emulator. */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class CognitoAuthServiceTest {

    @Test
    void signsInReadsGroupsFromTheIdTokenAndRefreshes() {
        LocalCloud cloud = LocalCloud.shared();
        DemoUser manager = cloud.demoUser("managers");
        try (CognitoAuthService auth = new CognitoAuthService(cloud.profile())) {
            SignInOutcome outcome = auth.signIn(manager.username(), manager.password());

            assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
            Session session = ((SignInOutcome.SignedIn) outcome).session();
            assertThat(session.groups()).contains("managers");
            assertThat(session.expiresAt()).isNotNull();
            assertThat(IdTokenClaims.parse(session.idToken()).lifetime()).as("the pool's token says how long it lasts (iat, exp)")
                    .isPositive();
            assertThat(session.refreshToken()).isNotBlank();

            Session refreshed = auth.refresh(session);
            assertThat(refreshed.idToken()).isNotBlank();
            assertThat(refreshed.refreshToken()).isEqualTo(session.refreshToken());
            assertThat(refreshed.groups()).isEqualTo(session.groups());
        }
    }

    /** The pool's answer to a refresh token it no longer takes (expired after its hours, revoked): the session has ended. */
    @Test
    void aRefreshTokenThePoolRefusesEndsTheSession() {
        LocalCloud cloud = LocalCloud.shared();
        DemoUser staff = cloud.demoUser("staff");
        try (CognitoAuthService auth = new CognitoAuthService(cloud.profile())) {
            Session session = ((SignInOutcome.SignedIn) auth.signIn(staff.username(), staff.password())).session();
            Session withAnUnknownRefreshToken = new Session(session.username(), session.email(), session.groups(), session.idToken(),
                    "not-a-refresh-token-the-pool-issued", session.expiresAt());

            Throwable ended = org.assertj.core.api.Assertions.catchThrowable(() -> auth.refresh(withAnUnknownRefreshToken));

            assertThat(ended).isInstanceOfSatisfying(AuthException.class, e -> {
                assertThat(e.isSessionEnded()).isTrue();
                assertThat(e.isUnreachable()).isFalse();
            });
        }
    }

    @Test
    void rejectsAWrongPasswordWithThePlainMessage() {
        LocalCloud cloud = LocalCloud.shared();
        try (CognitoAuthService auth = new CognitoAuthService(cloud.profile())) {
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> auth.signIn(cloud.demoUser("staff").username(), "wrong-password"));
            assertThat(failure).isInstanceOf(AuthException.class).hasMessage("Wrong email or password");

            Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> auth.signIn("nobody@example.com", "whatever-1A!"));
            assertThat(unknown).isInstanceOf(AuthException.class).hasMessage("Wrong email or password");
        }
    }
}
