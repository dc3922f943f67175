package app.orderdesk.desktop.infra;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ConnectionProfile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads and writes connection profiles under {@code <orderdesk home>/profiles/<name>.json};
 * profiles hold endpoints only, never a password or a token.
 */
public final class ProfileStore {

    public static final String DEFAULT_PROFILE = "local";
    public static final String HOME_PROPERTY = "orderdesk.home";
    public static final String HOME_ENV = "ORDERDESK_HOME";
    public static final String PROFILE_PROPERTY = "orderdesk.profile";

    private static final ObjectMapper JSON = ApiJson.lenient();

    private final Path home;

    public ProfileStore(Path home) {
        this.home = home;
    }

    /** The store at the home chosen by system property, then environment, then {@code ~/.orderdesk}. */
    public static ProfileStore fromEnvironment() {
        return new ProfileStore(resolveHome(System.getProperties()::getProperty, System.getenv()));
    }

    static Path resolveHome(Function<String, String> properties, Map<String, String> env) {
        String property = properties.apply(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String fromEnv = env.get(HOME_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".orderdesk");
    }

    /** The profile name selected by {@code -Dorderdesk.profile}, else {@value #DEFAULT_PROFILE}. */
    public static String selectedProfileName() {
        String name = System.getProperty(PROFILE_PROPERTY);
        return name == null || name.isBlank() ? DEFAULT_PROFILE : name;
    }

    public Path home() {
        return home;
    }

    public Path pathOf(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(app.orderdesk.desktop.ui.Messages.text("profiles.badName", name));
        }
        return home.resolve("profiles").resolve(name + ".json");
    }

    /** Loads a profile; a missing file is reported with the path so people know what to create. */
    public ConnectionProfile load(String name) throws ProfileNotFoundException {
        Path path = pathOf(name);
        try {
            ConnectionProfile profile = JSON.readValue(Files.readAllBytes(path), ConnectionProfile.class);
            return profile.name() == null ? withName(profile, name) : profile;
        } catch (NoSuchFileException e) {
            throw new ProfileNotFoundException(name, path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read connection profile " + path, e);
        }
    }

    public void save(ConnectionProfile profile) {
        Path path = pathOf(profile.name());
        try {
            Files.createDirectories(path.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write connection profile " + path, e);
        }
    }

    /** The names of the stored profiles, sorted; {@value #DEFAULT_PROFILE} first when present. */
    public List<String> list() {
        Path dir = home.resolve("profiles");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .filter(n -> n.matches("[A-Za-z0-9._-]+"))
                    .sorted(Comparator.comparing((String n) -> !n.equals(DEFAULT_PROFILE)).thenComparing(n -> n))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list connection profiles in " + dir, e);
        }
    }

    private static ConnectionProfile withName(ConnectionProfile p, String name) {
        return new ConnectionProfile(name, p.region(), p.apiUrl(), p.userPoolId(), p.clientId(), p.cognitoEndpoint(), p.pushUrl());
    }

    /** No file for the requested profile. */
    public static final class ProfileNotFoundException extends Exception {
        private final transient Path path;

        public ProfileNotFoundException(String name, Path path) {
            super(app.orderdesk.desktop.ui.Messages.text("profiles.notFound", name, path));
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }
}
