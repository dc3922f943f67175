package app.orderdesk.localcloud.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start reuses the last deploy only for the same artifacts: known by path, size and time (ADR 0059). */
class DeployStampArtifactsTest {

    @TempDir
    Path dir;

    @Test
    void theSameFileUntouchedIsTheSameArtifact() throws Exception {
        Path zip = write("a.zip", "one build", Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(DeployStamp.artifactsHash(Set.of(zip))).isEqualTo(DeployStamp.artifactsHash(Set.of(zip)));
    }

    @Test
    void aRebuiltArtifactIsAnotherOneEvenWithTheSameSize() throws Exception {
        Path zip = write("a.zip", "one build", Instant.parse("2026-11-30T09:00:00Z"));
        String before = DeployStamp.artifactsHash(Set.of(zip));
        write("a.zip", "new build", Instant.parse("2026-11-30T09:05:00Z"));
        assertThat(DeployStamp.artifactsHash(Set.of(zip))).isNotEqualTo(before);
    }

    @Test
    void anotherSizeAtTheSameTimeIsAnotherArtifact() throws Exception {
        Instant at = Instant.parse("2026-11-30T09:00:00Z");
        Path zip = write("a.zip", "one build", at);
        String before = DeployStamp.artifactsHash(Set.of(zip));
        write("a.zip", "a longer build", at);
        assertThat(DeployStamp.artifactsHash(Set.of(zip))).isNotEqualTo(before);
    }

    @Test
    void aMissingOrAnotherArtifactChangesTheInputs() throws Exception {
        Instant at = Instant.parse("2026-11-30T09:00:00Z");
        Path a = write("a.zip", "one build", at);
        Path b = write("b.zip", "one build", at);
        assertThat(DeployStamp.artifactsHash(Set.of(a))).isNotEqualTo(DeployStamp.artifactsHash(Set.of(b)))
                .isNotEqualTo(DeployStamp.artifactsHash(Set.of(dir.resolve("gone.zip"))));
    }

    private Path write(String name, String content, Instant modified) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
