package app.orderdesk.localcloud.stepfunctions.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the conformance corpus: {@code -Dasl.conformance.dir}, else {@code $ASL_CONFORMANCE_DIR}, else
 * {@code ../shared/asl-conformance} next to the repository root (the folder whose pom lists local-cloud).
 */
public final class CorpusLocator {

    private CorpusLocator() {}

    public static Path casesFile() {
        String configured = System.getProperty("asl.conformance.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("ASL_CONFORMANCE_DIR");
        }
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : repositoryRoot().getParent().resolve("shared").resolve("asl-conformance");
        return dir.resolve("cases.jsonl");
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>local-cloud</module>")) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No repository root (pom.xml listing local-cloud) above " + dir);
    }
}
