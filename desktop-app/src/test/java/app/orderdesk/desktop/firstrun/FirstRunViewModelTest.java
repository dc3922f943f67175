package app.orderdesk.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {

    @TempDir
    Path home;

    private final List<ConnectionProfile> ready = new ArrayList<>();
    private final List<ConnectionProfile> checked = new ArrayList<>();
    /** What the live check answers; the real one (ConnectionCheck) is tested against the local cloud. */
    private String liveProblem;

    private FirstRunViewModel model() {
        return new FirstRunViewModel(new ProfileStore(home), new SameThreadExecutor(), profile -> {
            checked.add(profile);
            return liveProblem;
        }, ready::add);
    }

    @Test
    void importsTerraformOutputsAndRemembersThemAsTheStoreProfile() throws Exception {
        Path outputs = home.resolve("outputs.json");
        Files.writeString(outputs, """
                {"api_url": {"type": "string", "value": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                 "user_pool_id": {"type": "string", "value": "eu-west-1_AbC123"},
                 "user_pool_client_id": {"type": "string", "value": "client123"}}""");
        FirstRunViewModel model = model();

        model.importOutputs(outputs);

        ConnectionProfile expected = new ConnectionProfile("store", "eu-west-1",
                "https://abc.execute-api.eu-west-1.amazonaws.com/v1", "eu-west-1_AbC123", "client123", null);
        assertThat(ready).containsExactly(expected);
        assertThat(new ProfileStore(home).load("store")).isEqualTo(expected);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void saysWhatAnOutputsFileLacks() throws Exception {
        Path outputs = home.resolve("outputs.json");
        Files.writeString(outputs, "{\"ApiUrl\": \"https://x/v1\"}");
        FirstRunViewModel model = model();

        model.importOutputs(outputs);

        assertThat(ready).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("The stack outputs lack UserPoolId, UserPoolClientId");
    }

    @Test
    void namesTheFieldThatIsWrong() {
        FirstRunViewModel model = model();
        fill(model, "abc.example.com/v1", "eu-west-1", "eu-west-1_AbC123", "client123");
        assertThat(model.formProblem()).startsWith("API URL:");
        fill(model, "https://abc.example.com/v1", "Ireland", "eu-west-1_AbC123", "client123");
        assertThat(model.formProblem()).startsWith("Region:");
        fill(model, "https://abc.example.com/v1", "eu-west-1", "AbC123", "client123");
        assertThat(model.formProblem()).startsWith("User pool id: expected");
        fill(model, "https://abc.example.com/v1", "us-east-1", "eu-west-1_AbC123", "client123");
        assertThat(model.formProblem()).isEqualTo("User pool id: eu-west-1_AbC123 is not in region us-east-1");
        fill(model, "https://abc.example.com/v1", "eu-west-1", "eu-west-1_AbC123", "client 123");
        assertThat(model.formProblem()).startsWith("App client id:");
        fill(model, "https://abc.example.com/v1", "eu-west-1", "eu-west-1_AbC123", "client123");
        assertThat(model.formProblem()).isNull();
    }

    @Test
    void whatTheLiveCheckFindsIsShownAndNothingIsSaved() {
        FirstRunViewModel model = model();
        fill(model, "https://abc.example.com/v1", "eu-west-1", "eu-west-1_AbC123", "client123");
        liveProblem = "User pool id: there is no user pool eu-west-1_AbC123 in region eu-west-1";

        model.connectManually();

        assertThat(checked).extracting(ConnectionProfile::userPoolId).containsExactly("eu-west-1_AbC123");
        assertThat(ready).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo(liveProblem);
        assertThat(new ProfileStore(home).list()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    /** Audit, session 33: the buttons went off with no word while the check ran, up to a minute when a service was silent. */
    @Test
    void whileTheCheckRunsTheScreenSaysWhatItIsDoing() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        FirstRunViewModel model = new FirstRunViewModel(new ProfileStore(home), held, profile -> liveProblem, ready::add);
        fill(model, "https://abc.example.com/v1", "eu-west-1", "eu-west-1_AbC123", "client123");
        liveProblem = "API: no answer within 20 s";

        model.connectManually();
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.checkingProperty().get()).startsWith("Checking the connection");

        while (held.waiting() > 0) {
            held.release(0);
        }
        assertThat(model.checkingProperty().get()).as("said once the answer is in").isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo(liveProblem);
    }

    @Test
    void aConnectionThatPassesTheLiveCheckIsSavedAsTheStoreProfile() {
        FirstRunViewModel model = model();
        fill(model, "https://abc.example.com/v1", "eu-west-1", "eu-west-1_AbC123", "client123");

        model.connectManually();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(ready).extracting(ConnectionProfile::apiUrl).containsExactly("https://abc.example.com/v1");
        assertThat(new ProfileStore(home).list()).containsExactly("store");
    }

    @Test
    void anImportedStackIsCheckedLiveToo() throws Exception {
        Path outputs = home.resolve("outputs.json");
        Files.writeString(outputs, """
                {"api_url": {"type": "string", "value": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                 "user_pool_id": {"type": "string", "value": "eu-west-1_AbC123"},
                 "user_pool_client_id": {"type": "string", "value": "gone"}}""");
        liveProblem = "App client id: there is no app client gone in region eu-west-1";
        FirstRunViewModel model = model();

        model.importOutputs(outputs);

        assertThat(checked).extracting(ConnectionProfile::clientId).containsExactly("gone");
        assertThat(ready).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("The outputs in outputs.json do not work: " + liveProblem);
        assertThat(new ProfileStore(home).list()).isEmpty();
    }

    @Test
    void aLocalCloudIsOfferedOnlyWhenItsProfileIsThereAndItAnswers() {
        FirstRunViewModel model = model();
        model.lookForLocalCloud();
        assertThat(model.localCloudAvailableProperty().get()).isFalse();
        assertThat(model.localCloudStatusProperty().get()).startsWith("Not found: no local cloud has been started")
                .contains(home.resolve("profiles").resolve("local.json").toString());
        assertThat(checked).isEmpty();

        ConnectionProfile local = new ConnectionProfile("local", "us-east-1", "http://127.0.0.1:8780/v1", "local_AbC",
                "client1", "http://127.0.0.1:8784");
        new ProfileStore(home).save(local);
        liveProblem = "API URL: nothing answers at http://127.0.0.1:8780/v1 (check the address and the network)";
        model.lookForLocalCloud();
        assertThat(model.localCloudAvailableProperty().get()).isFalse();
        assertThat(model.localCloudStatusProperty().get()).isEqualTo("Not running: its profile is there, but " + liveProblem
                + ". Start it with ./desk start, then press Look again.");
        model.useLocalCloud();
        assertThat(ready).isEmpty();

        liveProblem = null;
        model.lookForLocalCloud();
        assertThat(model.localCloudAvailableProperty().get()).isTrue();
        assertThat(model.localCloudStatusProperty().get()).isEqualTo("Running: API http://127.0.0.1:8780/v1, user pool local_AbC.");
        model.useLocalCloud();
        assertThat(ready).containsExactly(local);
        assertThat(checked).containsExactly(local, local);
    }

    @Test
    void aLocalEmulatorsPoolIdIsNotARegionsAndNeedsItsEndpoint() {
        FirstRunViewModel model = model();
        fill(model, "http://127.0.0.1:8780/v1", "us-east-1", "local_AbC123", "client123");
        assertThat(model.formProblem()).startsWith("User pool id: expected");
        model.cognitoEndpointProperty().set("http://127.0.0.1:8784");
        assertThat(model.formProblem()).isNull();
        model.cognitoEndpointProperty().set("127.0.0.1:8784");
        assertThat(model.formProblem()).startsWith("Cognito endpoint:");
    }

    private static void fill(FirstRunViewModel model, String url, String region, String pool, String client) {
        model.apiUrlProperty().set(url);
        model.regionProperty().set(region);
        model.userPoolIdProperty().set(pool);
        model.clientIdProperty().set(client);
    }
}
