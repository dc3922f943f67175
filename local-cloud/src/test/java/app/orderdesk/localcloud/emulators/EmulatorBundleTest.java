package app.orderdesk.localcloud.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local cloud rebuilds the emulators' bundle exactly when a file it is built from changed (ADR 0056). */
class EmulatorBundleTest {

    private static final Instant BUILT = Instant.parse("2026-11-30T07:00:00Z");
    private static final String[] SOURCES = {"emulators.mjs", "cognito-password-policy.mjs", "slim-aws-sdk.cjs", "build.mjs", "package-lock.json"};

    @TempDir
    Path emulators;

    @Test
    void aMissingBundleIsBuilt() throws Exception {
        write("emulators.mjs", BUILT.minusSeconds(60));
        assertThat(NpmInstaller.bundleIsStale(emulators)).isTrue();
    }

    @Test
    void aBundleNewerThanEverySourceIsKept() throws Exception {
        for (String source : SOURCES) {
            write(source, BUILT.minusSeconds(60));
        }
        write(NpmInstaller.BUNDLE, BUILT);
        assertThat(NpmInstaller.bundleIsStale(emulators)).isFalse();
    }

    @Test
    void anEditedSourceOrANewLockFileRebuildsIt() throws Exception {
        write(NpmInstaller.BUNDLE, BUILT);
        for (String source : SOURCES) {
            write(source, BUILT.minusSeconds(60));
            assertThat(NpmInstaller.bundleIsStale(emulators)).as("%s older", source).isFalse();
            write(source, BUILT.plusSeconds(1));
            assertThat(NpmInstaller.bundleIsStale(emulators)).as("%s edited after the bundle", source).isTrue();
            write(source, BUILT.minusSeconds(60));
        }
    }

    @Test
    void anInterruptedOrOutdatedInstallIsInstalledAgain() throws Exception {
        write("package-lock.json", BUILT.minusSeconds(60));
        write("node_modules/some-package/index.js", BUILT); // npm ci stopped half-way: packages, no completion mark
        assertThat(NpmInstaller.installIsIncomplete(emulators)).as("node_modules without npm's own lock file").isTrue();

        write("node_modules/.package-lock.json", BUILT);
        assertThat(NpmInstaller.installIsIncomplete(emulators)).as("a complete install").isFalse();

        write("package-lock.json", BUILT.plusSeconds(1));
        assertThat(NpmInstaller.installIsIncomplete(emulators)).as("the pinned versions changed since").isTrue();
    }

    @Test
    void theDeskScriptAsksTheSameOfAnInstall() throws Exception {
        String desk = Files.readString(Path.of("..", "desk"));
        assertThat(desk).contains("[ ! -f \"$1/node_modules/.package-lock.json\" ] || [ \"$1/package-lock.json\" -nt \"$1/node_modules/.package-lock.json\" ]")
                .contains("if npm_install_needed local-cloud/emulators; then");
    }

    @Test
    void theCheckedInLauncherRunsTheBundleItsBuildWrites() throws Exception {
        Path real = Path.of("emulators");
        assertThat(Files.readString(real.resolve("build.mjs"))).contains("outfile: '" + NpmInstaller.BUNDLE + "'");
        assertThat(Files.readString(real.resolve("package.json"))).contains("\"postinstall\": \"node build.mjs\"");
    }

    private void write(String name, Instant modified) throws Exception {
        Path file = emulators.resolve(name);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, name);
        }
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
