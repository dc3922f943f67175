package app.orderdesk.desktop.firstrun;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.StackOutputs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start on a PC without a connection profile: import the store's stack outputs (SAM,
 * CloudFormation or Terraform JSON) or type the four values; the profile is saved as
 * {@value #PROFILE_NAME} and handed to {@code onReady}. Manual values are checked for their form, then
 * the API is called to see that it answers.
 */
public final class FirstRunViewModel {

    public static final String PROFILE_NAME = "store";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final StringProperty apiUrl = new SimpleStringProperty("");
    private final StringProperty userPoolId = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final ProfileStore store;
    private final BackgroundExecutor executor;
    private final Consumer<ConnectionProfile> onReady;

    public FirstRunViewModel(ProfileStore store, BackgroundExecutor executor, Consumer<ConnectionProfile> onReady) {
        this.store = store;
        this.executor = executor;
        this.onReady = onReady;
    }

    /** Reads the stack's outputs file and saves it as the profile. */
    public void importOutputs(Path file) {
        error.set("");
        busy.set(true);
        executor.submit(() -> {
            ConnectionProfile profile = StackOutputs.parse(Files.readString(file, StandardCharsets.UTF_8), PROFILE_NAME);
            store.save(profile);
            return profile;
        }, this::ready, failure -> fail(failure instanceof IllegalArgumentException ? failure.getMessage()
                : "The file could not be read: " + file.getFileName()));
    }

    /** Checks the typed values, then that the API answers, and saves them as the profile. */
    public void connectManually() {
        error.set("");
        String problem = formProblem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        ConnectionProfile profile = new ConnectionProfile(PROFILE_NAME, region.get().strip(), apiUrl.get().strip(),
                userPoolId.get().strip(), clientId.get().strip(), null);
        busy.set(true);
        executor.submit(() -> {
            probe(profile.apiUrl());
            store.save(profile);
            return profile;
        }, this::ready, failure -> fail(failure.getMessage()));
    }

    /** The first thing wrong with the typed values, said so people can fix it; null when they look right. */
    String formProblem() {
        String url = apiUrl.get().strip();
        String pool = userPoolId.get().strip();
        String reg = region.get().strip();
        if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
            return "API URL: expected an address like https://abc123.execute-api.eu-west-1.amazonaws.com/v1";
        }
        if (!reg.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            return "Region: expected a region code like eu-west-1";
        }
        if (!pool.matches("[a-z]{2}(-[a-z]+)+-\\d_[A-Za-z0-9]+")) {
            return "User pool id: expected the region, '_' and letters or digits, like eu-west-1_AbC123";
        }
        if (!pool.startsWith(reg + "_")) {
            return "User pool id: " + pool + " is not in region " + reg;
        }
        if (!clientId.get().strip().matches("[A-Za-z0-9]{1,128}")) {
            return "App client id: expected letters and digits only";
        }
        return null;
    }

    private static void probe(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()) {
            // Any HTTP answer (even 401/403 without a token) means the API is there.
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IOException("API URL: nothing answers at " + url + " (check the address and the network)", e);
        }
    }

    private void ready(ConnectionProfile profile) {
        busy.set(false);
        onReady.accept(profile);
    }

    private void fail(String message) {
        busy.set(false);
        error.set(message);
    }

    public StringProperty apiUrlProperty() {
        return apiUrl;
    }

    public StringProperty userPoolIdProperty() {
        return userPoolId;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
