package app.orderdesk.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.auth.AuthException;
import app.orderdesk.desktop.auth.CognitoAuthService;
import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.LocalCloud;
import java.net.ServerSocket;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** The live checks of the first-run screen against the real local cloud (API front + Cognito emulator). */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ConnectionCheckTest {

    private static LocalCloud cloud;
    private static String cognito;
    private final ConnectionCheck check = new ConnectionCheck();

    @BeforeAll
    static void startLocalCloud() {
        cloud = LocalCloud.shared();
        cognito = cloud.profile().cognitoEndpoint().replaceAll("/$", "");
    }

    private static ConnectionProfile profile(String apiUrl, String poolId, String clientId) {
        ConnectionProfile local = cloud.profile();
        return new ConnectionProfile("store", local.region(), apiUrl, poolId, clientId, local.cognitoEndpoint());
    }

    @Test
    void theLocalCloudsOwnValuesAreAccepted() throws Exception {
        assertThat(check.problem(profile(cloud.apiUrl(), cloud.userPoolId(), cloud.clientId()))).isNull();
    }

    @Test
    void aWrongPoolIdIsNamed() throws Exception {
        assertThat(check.problem(profile(cloud.apiUrl(), "local_Nope1234", cloud.clientId())))
                .isEqualTo("User pool id: there is no user pool local_Nope1234 at " + cognito);
    }

    @Test
    void aClientIdThatDoesNotExistIsNamed() throws Exception {
        assertThat(check.problem(profile(cloud.apiUrl(), cloud.userPoolId(), "3n0such0client0id")))
                .isEqualTo("App client id: there is no app client 3n0such0client0id at " + cognito);
    }

    @Test
    void anApiUrlWhereNothingAnswersIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";
        assertThat(check.problem(profile(url, cloud.userPoolId(), cloud.clientId())))
                .isEqualTo("API URL: nothing answers at " + url + " (check the address and the network)");
    }

    @Test
    void aCognitoEndpointWhereNothingAnswersIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionProfile local = cloud.profile();
        ConnectionProfile profile = new ConnectionProfile("store", local.region(), cloud.apiUrl(), cloud.userPoolId(),
                cloud.clientId(), "http://127.0.0.1:" + closedPort);
        assertThat(check.problem(profile)).isEqualTo("Cognito endpoint: nothing answers at http://127.0.0.1:" + closedPort);
    }

    /**
     * No call without credentials says which pool a client belongs to, so the client of the store's
     * pool with another (existing) pool id passes the first-run checks; the first sign-in names the
     * mismatch from the ID token's issuer.
     */
    @Test
    void theClientOfAnotherPoolIsNamedAtTheFirstSignIn() throws Exception {
        String otherPool;
        try (CognitoIdentityProviderClient admin = CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create(cognito))
                .region(Region.of(cloud.profile().region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            otherPool = admin.createUserPool(b -> b.poolName("first-run-other-pool")).userPool().id();
        }
        ConnectionProfile mixed = profile(cloud.apiUrl(), otherPool, cloud.clientId());
        assertThat(check.problem(mixed)).isNull();

        DemoUser staff = cloud.demoUser("staff");
        try (CognitoAuthService auth = new CognitoAuthService(mixed)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> auth.signIn(staff.username(), staff.password())))
                    .isInstanceOf(AuthException.class)
                    .hasMessage("App client id " + cloud.clientId() + " belongs to user pool " + cloud.userPoolId()
                            + ", not to " + otherPool + " (the connection's user pool id): correct the connection");
        }
    }
}
