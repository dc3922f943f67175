package app.orderdesk.localcloud.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the Order Desk checkout (the folder whose pom lists the local-cloud module) and the files in it. */
public record RepositoryLayout(Path root) {

    /** Walks up from the working directory, so it works from the root, from a module and from an IDE. */
    public static RepositoryLayout locate() {
        String override = System.getProperty("orderdesk.repo");
        if (override != null && !override.isBlank()) {
            return new RepositoryLayout(Path.of(override).toAbsolutePath().normalize());
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return new RepositoryLayout(dir);
            }
        }
        throw new IllegalStateException("Cannot find the Order Desk repository above " + start
                + " (a pom.xml with <module>local-cloud</module>); run from inside the checkout or set -Dorderdesk.repo=DIR");
    }

    private static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<module>local-cloud</module>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path emulatorsDir() {
        return root.resolve("local-cloud").resolve("emulators");
    }

    public Path template() {
        return root.resolve("infra").resolve("template.yaml");
    }

    public Path defaultDataDir() {
        return root.resolve("local-cloud").resolve(".data");
    }
}
