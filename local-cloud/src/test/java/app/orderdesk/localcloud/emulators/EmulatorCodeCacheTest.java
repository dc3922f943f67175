package app.orderdesk.localcloud.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code start.cjs} runs the emulators' bundle from V8's code cache (ADR 0060): made after a start without one,
 * used by the next start, and never used for another bundle — V8 itself checks only the source's length, so a
 * rebuilt bundle of the same size would otherwise run the old bundle's code. The real {@code start.cjs} with a
 * small bundle of the same shape (it requires a file beside it, prints a ready line and announces it); the real
 * bundle runs through it in every local-cloud test.
 */
class EmulatorCodeCacheTest {

    private static final Instant BUILT = Instant.parse("2026-11-30T07:00:00Z");

    @TempDir
    Path emulators;

    private Path bundle;
    private Path cache;

    @BeforeEach
    void copyTheLoaderBesideABundle() throws Exception {
        Files.copy(Path.of("emulators", EmulatorProcess.CODE_CACHE_LOADER), emulators.resolve(EmulatorProcess.CODE_CACHE_LOADER));
        bundle = emulators.resolve(NpmInstaller.BUNDLE);
        Files.createDirectories(bundle.getParent());
        Files.writeString(bundle.resolveSibling("helper.cjs"), "module.exports = 'required beside the bundle';\n");
        writeBundle("first", BUILT);
        cache = emulators.resolve("node_modules/.cache/orderdesk-emulators/emulators.cjs.v8");
    }

    @Test
    void theFirstStartMakesTheCacheAndTheNextOneRunsFromIt() throws Exception {
        Run first = start();
        assertThat(first.stderr).contains("code cache absent", "code cache written");
        assertThat(first.stdout).contains("\"says\":\"first\"", "\"helper\":\"required beside the bundle\"",
                "\"file\":" + quoted(bundle.toString()));
        assertThat(cache).exists();

        Run second = start();
        assertThat(second.stderr).contains("code cache used").doesNotContain("written");
        assertThat(second.stdout).isEqualTo(first.stdout);
    }

    @Test
    void aProcessStoppedBeforeTheDelayWritesTheCacheAsItExits() throws Exception {
        Run stoppedEarly = start("60000"); // the bundle exits 200 ms after its ready line
        assertThat(stoppedEarly.stderr).contains("code cache absent", "code cache written");
        assertThat(start().stderr).contains("code cache used");
    }

    @Test
    void aRebuiltBundleOfTheSameSizeDoesNotRunTheOldBundlesCode() throws Exception {
        start();
        long size = Files.size(bundle);
        writeBundle("again", BUILT.plusSeconds(60)); // same length as "first": V8's own check would accept the cache
        assertThat(Files.size(bundle)).isEqualTo(size);

        Run rebuilt = start();
        assertThat(rebuilt.stdout).contains("\"says\":\"again\"");
        assertThat(rebuilt.stderr).contains("code cache absent", "code cache written");
        assertThat(start().stderr).contains("code cache used");
    }

    @Test
    void aCacheV8RefusesIsIgnoredAndMadeAgain() throws Exception {
        start();
        byte[] content = Files.readAllBytes(cache);
        int header = indexOfNewline(content) + 1;
        for (int i = header; i < content.length; i++) {
            content[i] = (byte) (content[i] ^ 0x5a); // the identity line kept, V8's data spoilt
        }
        Files.write(cache, content);

        Run spoilt = start();
        assertThat(spoilt.stderr).contains("code cache rejected by V8", "code cache written");
        assertThat(spoilt.stdout).contains("\"says\":\"first\"");
        assertThat(start().stderr).contains("code cache used");
    }

    @Test
    void theLocalCloudRunsTheLoaderUnlessAskedToCompare() {
        assertThat(EmulatorProcess.entry(Map.<String, String>of()::get)).isEqualTo("start.cjs");
        assertThat(EmulatorProcess.entry(Map.of("ORDERDESK_EMULATORS_CODE_CACHE", "0")::get)).isEqualTo(NpmInstaller.BUNDLE);
        assertThat(EmulatorProcess.entry(Map.of("ORDERDESK_EMULATORS_UNBUNDLED", "1")::get)).isEqualTo("emulators.mjs");
    }

    private void writeBundle(String says, Instant modified) throws Exception {
        Path next = bundle.resolveSibling("next.cjs");
        Files.writeString(next, """
                const helper = require('./helper.cjs');
                process.stdout.write(JSON.stringify({ ready: true, says: '%s', helper, file: __filename }) + '\\n');
                process.emit('orderdesk-emulators-ready');
                setTimeout(() => {}, 200); // alive until the cache is written (delay 0 in most of these tests)
                """.formatted(says));
        Files.move(next, bundle, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(bundle, FileTime.from(modified));
    }

    private Run start() throws Exception {
        return start("0");
    }

    private Run start(String writeDelayMs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(NpmInstaller.node(), EmulatorProcess.CODE_CACHE_LOADER, "config.json")
                .directory(emulators.toFile());
        builder.environment().put("ORDERDESK_CODE_CACHE_DELAY_MS", writeDelayMs);
        Path out = emulators.resolve("out.txt");
        Path err = emulators.resolve("err.txt");
        Process node = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node exits").isTrue();
        Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(node.exitValue()).as("exit code; stderr: %s", run.stderr).isZero();
        return run;
    }

    private static int indexOfNewline(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no identity line in the cache");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\") + "\"";
    }

    private record Run(String stdout, String stderr) {
    }
}
