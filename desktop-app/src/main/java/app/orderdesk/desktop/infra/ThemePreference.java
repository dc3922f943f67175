package app.orderdesk.desktop.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The theme this person chose, in {@code <orderdesk home>/theme} ("light" or "dark"), so the next start looks the same. */
public final class ThemePreference {

    private final Path file;

    public ThemePreference(Path home) {
        this.file = home.resolve("theme");
    }

    /** The stored name, or "light" when none was stored or the file is unreadable. */
    public String load() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "light";
        }
    }

    /** Saves the choice; a failure only costs the next start its theme, so it is logged. */
    public void save(String name) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, name, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.getLogger(ThemePreference.class.getName()).log(System.Logger.Level.WARNING, "Cannot save " + file, e);
        }
    }
}
