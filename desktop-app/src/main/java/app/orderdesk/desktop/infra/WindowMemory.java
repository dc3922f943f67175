package app.orderdesk.desktop.infra;

import app.orderdesk.api.ApiJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the window was and which screen was open, kept in {@code <orderdesk home>/window.json} so the
 * next start looks like the last one. Never holds anything about the signed-in person.
 */
public final class WindowMemory {

    /** Window bounds (of the restored, not maximised, window), maximised state and the last screen's id. */
    public record State(double x, double y, double width, double height, boolean maximized, String lastScreen) {}

    private static final ObjectMapper JSON = ApiJson.lenient();

    private final Path file;

    public WindowMemory(Path home) {
        this.file = home.resolve("window.json");
    }

    /** The remembered state; empty when there is none or the file is unreadable (a fresh start is fine). */
    public Optional<State> load() {
        try {
            State state = JSON.readValue(Files.readAllBytes(file), State.class);
            return state.width() > 0 && state.height() > 0 ? Optional.of(state) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Saves the state; a failure only costs the next start its layout, so it is logged, not thrown. */
    public void save(State state) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), state);
        } catch (IOException | RuntimeException e) {
            System.getLogger(WindowMemory.class.getName()).log(System.Logger.Level.WARNING, "Cannot save " + file, e);
        }
    }
}
