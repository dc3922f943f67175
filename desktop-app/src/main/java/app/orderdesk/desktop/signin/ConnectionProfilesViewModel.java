package app.orderdesk.desktop.signin;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.StackOutputs;
import app.orderdesk.desktop.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection choice on the sign-in screen: the stored profiles, and a new one made from a
 * deployed stack's outputs. Choosing a profile hands it to {@code onChosen} (which reconnects).
 */
public final class ConnectionProfilesViewModel {

    static String nameRule() {
        return Messages.text("profiles.nameRule");
    }

    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final ProfileStore store;
    private final BackgroundExecutor executor;
    private final Consumer<ConnectionProfile> onChosen;
    private boolean loading;

    /** @param store null when the window is bound to one profile: the choice then only shows it */
    public ConnectionProfilesViewModel(ProfileStore store, BackgroundExecutor executor, String current,
                                       Consumer<ConnectionProfile> onChosen) {
        this.store = store;
        this.executor = executor;
        this.onChosen = onChosen;
        names.add(current);
        selected.set(current);
        selected.addListener((obs, old, now) -> {
            if (!loading && now != null && !now.equals(old)) {
                choose(now);
            }
        });
    }

    /** Lists the stored profiles in the background. */
    public void load() {
        if (store == null) {
            return;
        }
        executor.submit(store::list, found -> {
            loading = true;
            String current = selected.get();
            names.setAll(found.contains(current) ? found : concat(current, found));
            selected.set(current);
            loading = false;
        }, failure -> error.set(Messages.text("profiles.listFailed", failure.getMessage())));
    }

    /** True when profiles can be imported and switched. */
    public boolean editable() {
        return store != null;
    }

    private void choose(String name) {
        error.set("");
        executor.submit(() -> store.load(name), onChosen::accept,
                failure -> error.set(Messages.text("profiles.readFailed", name, failure.getMessage())));
    }

    /** Reads a stack-outputs file and saves it as profile {@code name}, then selects it. */
    public void importOutputs(Path file, String name) {
        error.set("");
        String wanted = name == null ? "" : name.strip();
        if (store == null) {
            return;
        }
        if (!wanted.matches("[A-Za-z0-9._-]+")) {
            error.set(nameRule());
            return;
        }
        executor.submit(() -> {
            ConnectionProfile profile = StackOutputs.parse(Files.readString(file, StandardCharsets.UTF_8), wanted);
            store.save(profile);
            return profile;
        }, profile -> {
            if (!names.contains(profile.name())) {
                names.add(profile.name());
            }
            message.set(Messages.text("profiles.saved", profile.name(), profile.apiUrl()));
            selected.set(profile.name());
        }, failure -> error.set(failure instanceof IllegalArgumentException ? failure.getMessage()
                : Messages.text("profiles.importFailed", file.getFileName())));
    }

    private static List<String> concat(String first, List<String> rest) {
        ArrayList<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
