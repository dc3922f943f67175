package app.orderdesk.localcloud.emulators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs the emulators' pinned npm packages from the committed lock file when they are missing, and
 * bundles them ({@code build.mjs} → {@link #BUNDLE}, ADR 0056) when the bundle is missing or older than a
 * file it is built from. {@code npm ci} builds the bundle itself (its {@code postinstall}); the check here
 * catches an edited source, so what runs is always what the sources say.
 */
final class NpmInstaller {

    /** What Node runs: the emulators and their packages in one file. */
    static final String BUNDLE = "dist/emulators.cjs";
    /** The files the bundle is built from (besides node_modules, which {@code npm ci} replaces, rebuilding it). */
    private static final List<String> BUNDLE_SOURCES = List.of(
            "emulators.mjs", "cognito-password-policy.mjs", "slim-aws-sdk.cjs", "build.mjs", "package-lock.json");
    private static final long TIMEOUT_MINUTES = 5;

    private NpmInstaller() {}

    static void ensureInstalled(Path emulatorsDir) {
        if (installIsIncomplete(emulatorsDir)) {
            System.err.println("[local-cloud] installing the emulators (npm ci) in " + emulatorsDir + " ...");
            run(emulatorsDir, "npm-ci.log", "npm ci", "npm", "ci", "--no-audit", "--no-fund");
        }
        if (bundleIsStale(emulatorsDir)) {
            System.err.println("[local-cloud] bundling the emulators (node build.mjs) in " + emulatorsDir + " ...");
            run(emulatorsDir, "build.log", "the emulators' bundle", node(), "build.mjs");
        }
    }

    /**
     * npm writes {@code node_modules/.package-lock.json} once an install is complete: an interrupted {@code npm ci}
     * leaves a {@code node_modules} without it, which the folder's existence did not tell apart (session 31). Older than
     * the lock file: the pinned versions changed since.
     */
    static boolean installIsIncomplete(Path emulatorsDir) {
        Path installed = emulatorsDir.resolve("node_modules/.package-lock.json");
        Path lock = emulatorsDir.resolve("package-lock.json");
        try {
            return !Files.isRegularFile(installed)
                    || Files.exists(lock) && Files.getLastModifiedTime(lock).compareTo(Files.getLastModifiedTime(installed)) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    static boolean bundleIsStale(Path emulatorsDir) {
        Path bundle = emulatorsDir.resolve(BUNDLE);
        try {
            if (!Files.isRegularFile(bundle)) {
                return true;
            }
            FileTime built = Files.getLastModifiedTime(bundle);
            for (String source : BUNDLE_SOURCES) {
                Path file = emulatorsDir.resolve(source);
                if (Files.exists(file) && Files.getLastModifiedTime(file).compareTo(built) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static String node() {
        return System.getProperty("orderdesk.node", "node");
    }

    private static void run(Path emulatorsDir, String logName, String what, String... command) {
        Path log = emulatorsDir.resolve(logName);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(emulatorsDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "): " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + " (is Node.js 20+ installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the emulators (" + what + ")", e);
        }
    }
}
