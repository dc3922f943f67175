package app.orderdesk.desktop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.ConnectionProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    @TempDir
    Path home;

    @Test
    void readsBackASavedProfileFromTheProfilesFolder() throws Exception {
        ProfileStore store = new ProfileStore(home);
        ConnectionProfile local = new ConnectionProfile("local", "us-east-1", "http://127.0.0.1:8780/v1",
                "us-east-1_local", "client-1", "http://127.0.0.1:9229");

        store.save(local);

        assertThat(home.resolve("profiles/local.json")).exists();
        assertThat(store.load("local")).isEqualTo(local);
    }

    @Test
    void toleratesUnknownMembersWrittenByANewerLocalCloud() throws Exception {
        Files.createDirectories(home.resolve("profiles"));
        Files.writeString(home.resolve("profiles/dev.json"),
                "{\"region\":\"eu-west-1\",\"apiUrl\":\"https://api/v1\",\"clientId\":\"c\",\"stackName\":\"x\"}");

        ConnectionProfile dev = new ProfileStore(home).load("dev");

        assertThat(dev.name()).isEqualTo("dev");
        assertThat(dev.cognitoEndpoint()).isNull();
    }

    @Test
    void namesTheMissingFile() {
        assertThatThrownBy(() -> new ProfileStore(home).load("local"))
                .isInstanceOf(ProfileStore.ProfileNotFoundException.class)
                .hasMessageContaining("local.json");
    }

    @Test
    void prefersThePropertyThenTheEnvironmentThenTheUserHome() {
        assertThat(ProfileStore.resolveHome(k -> "/p", Map.of("ORDERDESK_HOME", "/e"))).isEqualTo(Path.of("/p"));
        assertThat(ProfileStore.resolveHome(k -> null, Map.of("ORDERDESK_HOME", "/e"))).isEqualTo(Path.of("/e"));
        assertThat(ProfileStore.resolveHome(k -> null, Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".orderdesk"));
    }
}
