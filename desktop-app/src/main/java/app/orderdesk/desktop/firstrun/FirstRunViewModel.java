package app.orderdesk.desktop.firstrun;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.StackOutputs;
import app.orderdesk.desktop.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start on a PC without a connection profile. Three ways to connect: this computer's local
 * cloud (offered only when its profile is there and it answers), the store's stack outputs (SAM,
 * CloudFormation or Terraform JSON), or the values typed by hand. Typed and imported values are
 * checked for their form, then live ({@link ProfileCheck}); a good connection is saved as
 * {@value #PROFILE_NAME} and handed to {@code onReady}.
 */
public final class FirstRunViewModel {

    public static final String PROFILE_NAME = "store";

    /** Checks a connection live; null when it works, else what is wrong, starting with the field's name. */
    @FunctionalInterface
    public interface ProfileCheck {
        String problem(ConnectionProfile profile) throws InterruptedException;
    }

    private final StringProperty apiUrl = new SimpleStringProperty("");
    private final StringProperty userPoolId = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty cognitoEndpoint = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** What is being checked while the buttons are off; empty otherwise. */
    private final ReadOnlyStringWrapper checking = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper localCloudAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper localCloudStatus = new ReadOnlyStringWrapper(Messages.text("firstRun.local.looking"));

    private final ProfileStore store;
    private final BackgroundExecutor executor;
    private final ProfileCheck check;
    private final Consumer<ConnectionProfile> onReady;
    private ConnectionProfile localCloud;

    public FirstRunViewModel(ProfileStore store, BackgroundExecutor executor, ProfileCheck check,
                             Consumer<ConnectionProfile> onReady) {
        this.store = store;
        this.executor = executor;
        this.check = check;
        this.onReady = onReady;
    }

    /**
     * Looks for a local cloud: {@code ./desk start} writes its connection as the profile
     * {@value ProfileStore#DEFAULT_PROFILE}, which stays after it stops, so the file alone says
     * nothing: the cloud is offered only when it answers the same live checks as typed values.
     */
    public void lookForLocalCloud() {
        localCloudAvailable.set(false);
        localCloudStatus.set(Messages.text("firstRun.local.looking"));
        executor.submit(this::detectLocalCloud, found -> {
            localCloud = found.profile();
            localCloudAvailable.set(found.profile() != null);
            localCloudStatus.set(found.status());
        }, failure -> localCloudStatus.set(Messages.text("firstRun.local.lookFailed", failure.getMessage())));
    }

    private LocalCloudFound detectLocalCloud() throws InterruptedException {
        ConnectionProfile profile;
        try {
            profile = store.load(ProfileStore.DEFAULT_PROFILE);
        } catch (ProfileStore.ProfileNotFoundException e) {
            return new LocalCloudFound(null, Messages.text("firstRun.local.notFound", e.path()));
        } catch (RuntimeException e) {
            return new LocalCloudFound(null, Messages.text("firstRun.local.notUsable", e.getMessage()));
        }
        String problem = check.problem(profile);
        if (problem != null) {
            return new LocalCloudFound(null, Messages.text("firstRun.local.notRunning", problem));
        }
        return new LocalCloudFound(profile, Messages.text("firstRun.local.running", profile.apiUrl(), profile.userPoolId()));
    }

    private record LocalCloudFound(ConnectionProfile profile, String status) {}

    /** Connects to the local cloud found by {@link #lookForLocalCloud()}; its profile is already stored. */
    public void useLocalCloud() {
        if (localCloud != null && !busy.get()) {
            onReady.accept(localCloud);
        }
    }

    /** Reads the stack's outputs file, checks the connection live and saves it as the profile. */
    public void importOutputs(Path file) {
        error.set("");
        busy.set(true);
        checking.set(Messages.text("firstRun.checking"));
        executor.submit(() -> {
            ConnectionProfile profile;
            try {
                profile = StackOutputs.parse(Files.readString(file, StandardCharsets.UTF_8), PROFILE_NAME);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(Messages.text("firstRun.import.unreadable", file.getFileName()), e);
            }
            return checkAndSave(profile, file.getFileName().toString());
        }, this::ready, failure -> fail(failure instanceof IllegalArgumentException ? failure.getMessage()
                : Messages.text("firstRun.import.unreadable", file.getFileName())));
    }

    /** Checks the typed values, then the connection live, and saves them as the profile. */
    public void connectManually() {
        error.set("");
        String problem = formProblem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        String endpoint = cognitoEndpoint.get().strip();
        ConnectionProfile profile = new ConnectionProfile(PROFILE_NAME, region.get().strip(), apiUrl.get().strip(),
                userPoolId.get().strip(), clientId.get().strip(), endpoint.isEmpty() ? null : endpoint);
        busy.set(true);
        checking.set(Messages.text("firstRun.checking"));
        executor.submit(() -> checkAndSave(profile, null), this::ready,
                failure -> fail(failure instanceof IllegalArgumentException ? failure.getMessage()
                        : Messages.text("firstRun.checkFailed", failure.getMessage())));
    }

    private ConnectionProfile checkAndSave(ConnectionProfile profile, String outputsFile) throws InterruptedException {
        String problem = check.problem(profile);
        if (problem != null) {
            throw new IllegalArgumentException(outputsFile == null ? problem : Messages.text("firstRun.import.doesNotWork", outputsFile, problem));
        }
        store.save(profile);
        return profile;
    }

    /** The first thing wrong with the typed values, said so people can fix it; null when they look right. */
    String formProblem() {
        String url = apiUrl.get().strip();
        String pool = userPoolId.get().strip();
        String reg = region.get().strip();
        String endpoint = cognitoEndpoint.get().strip();
        if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
            return Messages.text("firstRun.form.apiUrl");
        }
        if (!reg.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            return Messages.text("firstRun.form.region");
        }
        // A local emulator names its pools after itself ("local_…"), not after a region.
        boolean local = !endpoint.isEmpty();
        if (!pool.matches(local ? "[a-z0-9-]+_[A-Za-z0-9]+" : "[a-z]{2}(-[a-z]+)+-\\d_[A-Za-z0-9]+")) {
            return Messages.text("firstRun.form.userPoolId");
        }
        if (!local && !pool.startsWith(reg + "_")) {
            return Messages.text("firstRun.form.userPoolRegion", pool, reg);
        }
        if (!clientId.get().strip().matches("[A-Za-z0-9]{1,128}")) {
            return Messages.text("firstRun.form.clientId");
        }
        if (!endpoint.isEmpty() && !endpoint.matches("https?://[^\\s/]+/?")) {
            return Messages.text("firstRun.form.cognitoEndpoint");
        }
        return null;
    }

    private void ready(ConnectionProfile profile) {
        busy.set(false);
        checking.set("");
        onReady.accept(profile);
    }

    private void fail(String message) {
        busy.set(false);
        checking.set("");
        error.set(message);
    }

    /**
     * While a connection is checked: what is going on. The buttons went off with no word for up to a minute when a
     * service did not answer (audit, session 33).
     */
    public ReadOnlyStringProperty checkingProperty() {
        return checking.getReadOnlyProperty();
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

    public StringProperty cognitoEndpointProperty() {
        return cognitoEndpoint;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty localCloudAvailableProperty() {
        return localCloudAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty localCloudStatusProperty() {
        return localCloudStatus.getReadOnlyProperty();
    }
}
