package app.orderdesk.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;

/**
 * The local Cognito holds passwords to the pool's policy from the template (12 characters, upper,
 * lower, digits), as Cognito does, so a new hire cannot choose "abc" here and then be refused in AWS.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class CognitoPasswordPolicyTest {

    private static LocalCloud cloud;
    private static LocalCloudTestClients clients;

    @BeforeAll
    static void start() {
        cloud = LocalCloud.shared();
        clients = new LocalCloudTestClients(cloud);
    }

    /** A user of our own in FORCE_CHANGE_PASSWORD (the demo new hire belongs to other tests). */
    private static String newHire(String temporaryPassword) {
        String email = "policy-" + UUID.randomUUID() + "@example.com";
        clients.cognito.adminCreateUser(r -> r.userPoolId(cloud.userPoolId()).username(email)
                .temporaryPassword(temporaryPassword).messageAction("SUPPRESS"));
        return email;
    }

    private static String challengeSession(String email, String password) {
        var challenge = clients.cognito.initiateAuth(r -> r.clientId(cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", password)));
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        return challenge.session();
    }

    private static void chooseNewPassword(String email, String session, String newPassword) {
        clients.cognito.respondToAuthChallenge(r -> r.clientId(cloud.clientId()).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", newPassword)));
    }

    @Test
    void aNewPasswordThatBreaksThePolicyIsRefusedWithCognitosWords() {
        String email = newHire("Temporary-Passw0rd");
        String session = challengeSession(email, "Temporary-Passw0rd");

        assertThatThrownBy(() -> chooseNewPassword(email, session, "abc"))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageContaining("Password did not conform with policy: Password not long enough");
        assertThatThrownBy(() -> chooseNewPassword(email, session, "abcdefghijk12"))
                .isInstanceOf(InvalidPasswordException.class).hasMessageContaining("Password must have uppercase characters");
        assertThatThrownBy(() -> chooseNewPassword(email, session, "ABCDEFGHIJK12"))
                .isInstanceOf(InvalidPasswordException.class).hasMessageContaining("Password must have lowercase characters");
        assertThatThrownBy(() -> chooseNewPassword(email, session, "Abcdefghijklm"))
                .isInstanceOf(InvalidPasswordException.class).hasMessageContaining("Password must have numeric characters");

        chooseNewPassword(email, session, "Twelve-chars1");
        assertThat(clients.cognito.initiateAuth(r -> r.clientId(cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", "Twelve-chars1"))).authenticationResult().idToken())
                .as("the conforming password was taken").isNotBlank();
    }

    @Test
    void anAdministratorCannotSetAWeakPasswordEither() {
        assertThatThrownBy(() -> newHire("short1A"))
                .isInstanceOf(InvalidPasswordException.class).hasMessageContaining("Password not long enough");

        String email = newHire("Temporary-Passw0rd");
        assertThatThrownBy(() -> clients.cognito.adminSetUserPassword(r -> r.userPoolId(cloud.userPoolId()).username(email)
                .password("alllowercase123").permanent(true)))
                .isInstanceOf(InvalidPasswordException.class).hasMessageContaining("uppercase");
        assertThat(clients.cognito.adminGetUser(r -> r.userPoolId(cloud.userPoolId()).username(email)).userStatusAsString())
                .as("nothing changed").isEqualTo("FORCE_CHANGE_PASSWORD");
    }
}
