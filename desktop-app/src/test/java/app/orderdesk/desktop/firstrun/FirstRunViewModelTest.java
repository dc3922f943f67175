package app.orderdesk.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
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

    private FirstRunViewModel model() {
        return new FirstRunViewModel(new ProfileStore(home), new SameThreadExecutor(), ready::add);
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
    void anApiThatDoesNotAnswerIsReportedAndNothingIsSaved() {
        FirstRunViewModel model = model();
        fill(model, "http://127.0.0.1:1/v1", "eu-west-1", "eu-west-1_AbC123", "client123");

        model.connectManually();

        assertThat(ready).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo(
                "API URL: nothing answers at http://127.0.0.1:1/v1 (check the address and the network)");
        assertThat(new ProfileStore(home).list()).isEmpty();
    }

    @Test
    void anApiThatAnswersEvenWithoutATokenIsAccepted() throws Exception {
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", exchange -> {
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        api.start();
        try {
            FirstRunViewModel model = model();
            String url = "http://127.0.0.1:" + api.getAddress().getPort() + "/v1";
            fill(model, url, "eu-west-1", "eu-west-1_AbC123", "client123");

            model.connectManually();

            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(ready).extracting(ConnectionProfile::apiUrl).containsExactly(url);
            assertThat(new ProfileStore(home).list()).containsExactly("store");
        } finally {
            api.stop(0);
        }
    }

    private static void fill(FirstRunViewModel model, String url, String region, String pool, String client) {
        model.apiUrlProperty().set(url);
        model.regionProperty().set(region);
        model.userPoolIdProperty().set(pool);
        model.clientIdProperty().set(client);
    }
}
