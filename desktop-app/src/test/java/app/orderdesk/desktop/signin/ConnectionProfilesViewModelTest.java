package app.orderdesk.desktop.signin;

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

class ConnectionProfilesViewModelTest {

    @TempDir
    Path home;

    @Test
    void importsStackOutputsAsANewProfileAndSwitchesToIt() throws Exception {
        ProfileStore store = new ProfileStore(home);
        store.save(new ConnectionProfile("local", "us-east-1", "http://127.0.0.1:1/v1", "pool", "client", "http://127.0.0.1:2"));
        List<ConnectionProfile> chosen = new ArrayList<>();
        ConnectionProfilesViewModel model = new ConnectionProfilesViewModel(store, new SameThreadExecutor(), "local", chosen::add);
        model.load();
        assertThat(model.names()).containsExactly("local");
        Path outputs = home.resolve("outputs.json");
        Files.writeString(outputs, """
                {"Region": "eu-west-1", "UserPoolId": "eu-west-1_X", "UserPoolClientId": "c", "ApiUrl": "https://api.example.com/v1"}""");

        model.importOutputs(outputs, "prod");

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.names()).containsExactly("local", "prod");
        assertThat(model.selectedProperty().get()).isEqualTo("prod");
        assertThat(store.load("prod").apiUrl()).isEqualTo("https://api.example.com/v1");
        assertThat(chosen).extracting(ConnectionProfile::name).containsExactly("prod");
    }

    @Test
    void refusesAProfileNameThatCannotBeAFileName() {
        ConnectionProfilesViewModel model = new ConnectionProfilesViewModel(new ProfileStore(home), new SameThreadExecutor(),
                "local", p -> { });

        model.importOutputs(home.resolve("x.json"), "../evil");

        assertThat(model.errorProperty().get()).isEqualTo(ConnectionProfilesViewModel.nameRule());
    }
}
