package app.orderdesk.localcloud;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ConnectionProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the {@code local} connection profile the desktop app reads ({@code <dir>/profiles/local.json}). */
final class ProfileWriter {

    private ProfileWriter() {}

    static Path write(Path profileDir, ConnectionProfile profile) {
        Path file = profileDir.resolve("profiles").resolve(profile.name() + ".json");
        try {
            Files.createDirectories(file.getParent());
            // Write then move, so the desktop app never reads a half-written profile.
            Path temp = Files.createTempFile(file.getParent(), "local", ".tmp");
            ApiJson.lenient().writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), profile);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the connection profile " + file, e);
        }
    }
}
