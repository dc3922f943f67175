package app.orderdesk.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sign-in screen tells a wrong password, a locked account and a disabled one apart. */
class CognitoErrorMessagesTest {

    @Test
    void wrongPasswordIsReportedWithoutSayingWhichHalfWasWrong() {
        assertThat(CognitoAuthService.notAuthorizedMessage("Incorrect username or password."))
                .isEqualTo(CognitoAuthService.wrongCredentials());
        assertThat(CognitoAuthService.notAuthorizedMessage(null)).isEqualTo(CognitoAuthService.wrongCredentials());
    }

    @Test
    void aLockedAccountSaysToWait() {
        assertThat(CognitoAuthService.notAuthorizedMessage("Password attempts exceeded"))
                .startsWith("This account is locked");
    }

    @Test
    void aDisabledAccountSaysWhoCanHelp() {
        assertThat(CognitoAuthService.notAuthorizedMessage("User is disabled."))
                .startsWith("This account is disabled");
    }
}
